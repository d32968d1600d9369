package fi.sote.booking.domain.waitlist;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a client's place on the waitlist. */
public record WaitlistEntryId(UUID value) {

    public WaitlistEntryId {
        Invariants.required("id", value);
    }

    public static WaitlistEntryId random() {
        return new WaitlistEntryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
