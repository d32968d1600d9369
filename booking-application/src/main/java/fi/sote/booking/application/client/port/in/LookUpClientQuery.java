package fi.sote.booking.application.client.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;

/**
 * Staff look a client up, by reference or by personal identity code, to book for them or to reach them: in the
 * organisation's client-record system, or, when it is down or there is none, in the records it sent last. Every
 * lookup that shows a client is written to the access log.
 */
public interface LookUpClientQuery {

    /** Where an answer came from. */
    enum Source {
        /** The client-record system, asked now (or within its short caching). */
        CLIENT_RECORD_SYSTEM,
        /** The records the client-record system sent (PUT /client-records), as they were last. */
        RECEIVED_RECORDS
    }

    /**
     * The client as a lookup found them.
     *
     * @param systemDown the client-record system was asked and did not answer, so the answer is the last record
     *     received
     */
    record FoundClient(ClientRecord record, Source source, boolean systemDown) {}

    /** The client with this reference; not found when neither the system nor the records received know them. */
    Outcome<FoundClient> byReference(Actor actor, String reference);

    /** The client with this personal identity code; not found when neither knows them. */
    Outcome<FoundClient> byCode(Actor actor, PersonalIdentityCode code);
}
