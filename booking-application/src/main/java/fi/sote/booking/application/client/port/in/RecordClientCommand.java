package fi.sote.booking.application.client.port.in;

import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.shared.Invariants;

/**
 * What the client-record system says of a client: the record replaces the service's copy. The client is named by the
 * reference bookings carry, never by a personal identity code; nor are its guardians.
 */
public record RecordClientCommand(ClientRecord record) {

    public RecordClientCommand {
        Invariants.required("record", record);
        ClientReference.neverACode("reference", record.reference());
        record.guardians().forEach(guardian -> ClientReference.neverACode("guardians", guardian));
    }
}
