package fi.sote.booking.application.audit.port.in;

import java.time.Instant;
import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.audit.AuditChain;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.client.PersonalIdentityCode;

/** What an auditor asks of the access and disclosure logs. */
public interface AuditQuery {

    /** Walks the organisation's whole chain and tells whether any entry was changed, removed or reordered. */
    AuditChain.Verification verify(Actor auditor);

    /**
     * The client's log extract for a period: who processed their data, when and why. Producing it is
     * itself logged, and when it is handed to a recipient, logged as a disclosure.
     *
     * @param client    the client's reference, or null when {@code code} names the client
     * @param code      the client's personal identity code, or null
     * @param recipient who the extract is handed to, or null when it stays with the auditor
     */
    List<SealedEntry> extract(
            Actor auditor, String client, PersonalIdentityCode code, Instant from, Instant to, String recipient);
}
