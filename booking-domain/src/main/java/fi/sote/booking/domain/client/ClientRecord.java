package fi.sote.booking.domain.client;

import java.util.Set;

import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * What the client-record system tells the booking service about a client: how to reach them, whether
 * a non-disclosure for personal safety (turvakielto) hides their contact details and address, and who
 * has custody of them (the references of their guardians, who may book and see their times).
 *
 * @param reference     the client's reference, as bookings carry it
 * @param phone         a phone number, or null
 * @param address       a postal address, or null
 * @param nonDisclosure turvakielto: contact details and address only for those who must act on them
 * @param guardians     the references of those with custody of the client (empty for an adult)
 */
public record ClientRecord(
        String reference, String name, String phone, Address address, boolean nonDisclosure, Set<String> guardians) {

    public ClientRecord {
        reference = Invariants.text("reference", reference, 200);
        name = Invariants.optionalText("name", name, 200);
        phone = Invariants.optionalText("phone", phone, 40);
        guardians = guardians == null ? Set.of() : Set.copyOf(guardians);
        guardians.forEach(guardian -> Invariants.text("guardians", guardian, 200));
        if (guardians.contains(reference)) {
            throw new InvalidValueException("guardians", "a client is not their own guardian");
        }
    }

    /** Whether the person with this reference has custody of the client. */
    public boolean inCustodyOf(String guardian) {
        return guardian != null && guardians.contains(guardian);
    }
}
