package fi.sote.booking.application.client.port.out;

import java.util.Optional;

import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The organisation's client-record system, asked about a client at the moment a worker needs to know them (the
 * records it pushes, {@link ClientRecords}, may lag behind). An adapter may keep answers for a short while.
 */
public interface ClientRecordSystem {

    /** Whether lookups reach a client-record system; false where none is configured. */
    boolean reachable();

    /** The client with this reference; empty when the system does not know them. */
    Optional<ClientRecord> byReference(OrganisationId organisation, String reference);

    /** The client with this personal identity code; empty when the system does not know them. */
    Optional<ClientRecord> byCode(OrganisationId organisation, PersonalIdentityCode code);

    /** The system did not answer (down, too slow, or refusing the service's credentials). */
    final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** No client-record system: every lookup is answered from the records received. */
    ClientRecordSystem NONE = new ClientRecordSystem() {

        @Override
        public boolean reachable() {
            return false;
        }

        @Override
        public Optional<ClientRecord> byReference(OrganisationId organisation, String reference) {
            return Optional.empty();
        }

        @Override
        public Optional<ClientRecord> byCode(OrganisationId organisation, PersonalIdentityCode code) {
            return Optional.empty();
        }
    };
}
