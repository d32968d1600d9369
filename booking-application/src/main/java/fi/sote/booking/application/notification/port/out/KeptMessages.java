package fi.sote.booking.application.notification.port.out;

import java.util.Collection;
import java.util.List;

import fi.sote.booking.application.notification.port.in.ReadMessagesQuery.KeptMessage;
import fi.sote.booking.domain.shared.OrganisationId;

/** The messages the in-process sender kept instead of sending, in the local mode. */
public interface KeptMessages {

    /** The newest {@code limit} messages to any of the recipients (one person's references), newest first. */
    List<KeptMessage> to(OrganisationId organisation, Collection<String> recipients, int limit);
}
