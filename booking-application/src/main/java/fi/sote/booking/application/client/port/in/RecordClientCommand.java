package fi.sote.booking.application.client.port.in;

import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * What the client-record system says of a client: the record replaces the service's copy. The client is named by the
 * reference bookings carry, never by a personal identity code.
 */
public record RecordClientCommand(ClientRecord record) {

    public RecordClientCommand {
        Invariants.required("record", record);
        if (PersonalIdentityCode.isOne(record.reference())) {
            throw new InvalidValueException(
                    "reference", "must be the client's reference, never a personal identity code");
        }
    }
}
