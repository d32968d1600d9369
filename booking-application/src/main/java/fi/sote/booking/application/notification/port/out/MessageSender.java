package fi.sote.booking.application.notification.port.out;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.OrganisationId;

/** Sends a message to a person through one channel: an SMTP server, an SMS gateway, or kept in-process. */
public interface MessageSender {

    /** What came of sending. */
    enum Result {
        /** Taken by the channel for delivery. */
        SENT,
        /** Refused for good (a malformed or unknown address): trying again would not help. */
        REFUSED,
        /** Not sent this time (the server could not be reached, or refused for now): to be tried again. */
        FAILED
    }

    /**
     * A message, with whom and what it concerns.
     *
     * @param recipient the client's reference (or a professional's subject)
     * @param address   where the channel delivers it: an e-mail address or a phone number
     * @param kind      what it tells: CONFIRMATION, CHANGE, CANCELLATION
     */
    record Outgoing(
            OrganisationId organisation,
            MessageChannel channel,
            String recipient,
            String address,
            String kind,
            BookingId booking,
            String language,
            String subject,
            String body) {}

    Result send(Outgoing message);
}
