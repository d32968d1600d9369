package fi.sote.booking.application.client.port.in;

import java.util.List;
import java.util.Set;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.OrganisationId;

/** Who a client signing in is, as the bookings know clients; and whom they act for as a guardian. */
public interface IdentifyClientQuery {

    /** What a guardian may do in client self-service for a child in their custody, as for themselves. */
    Set<String> GUARDIAN_MAY = Set.of("READ", "BOOK", "RESCHEDULE", "CANCEL");

    /**
     * The client references a client is known by (see {@link Actor#selves}): without a personal identity code their
     * subject alone; with one, the code's pseudonym, the subject, and the references the client-record system linked to
     * the code.
     */
    List<String> selves(OrganisationId organisation, String subject, PersonalIdentityCode code);

    /** A child in the custody of the client: their reference and name, as the client-record system told them. */
    record Dependant(String reference, String name) {}

    /** The children in the client's custody, by reference (written to the access log); empty for anyone but a client. */
    List<Dependant> dependants(Actor actor);
}
