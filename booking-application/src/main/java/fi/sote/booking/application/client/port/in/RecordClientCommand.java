package fi.sote.booking.application.client.port.in;

import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.Invariants;

/**
 * What the client-record system says of a client: the record replaces the service's copy. The client is named by the
 * reference bookings carry, never by a personal identity code; nor are its guardians. The client's personal identity
 * code, when the system sends it ({@code code}), links the reference to the client who signs in with that code; only
 * its pseudonym is kept.
 */
public record RecordClientCommand(ClientRecord record, PersonalIdentityCode code) {

    public RecordClientCommand(ClientRecord record) {
        this(record, null);
    }

    public RecordClientCommand {
        Invariants.required("record", record);
        ClientReference.neverACode("reference", record.reference());
        record.guardians().forEach(guardian -> ClientReference.neverACode("guardians", guardian));
    }
}
