package fi.sote.booking.application.notification.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.sote.booking.application.shared.Actor;

/**
 * The messages sent to the caller that the service kept in-process (the local mode's sender keeps every message
 * instead of sending it), so that a newcomer signed in as a demo persona sees what would have reached them.
 */
public interface ReadMessagesQuery {

    /** A message as it would have been sent. */
    record KeptMessage(
            String channel,
            String address,
            String kind,
            UUID booking,
            String language,
            String subject,
            String body,
            Instant sentAt) {}

    /** The newest 50 messages to the caller, newest first. */
    List<KeptMessage> mine(Actor actor);
}
