package fi.sote.booking.domain.catalogue;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A calendar entry type (toiminto) of the organisation's uniform code set: client work at the
 * office, home visit, team meeting, travel, training, absence, ... Others see an entry only by its
 * neutral label, never whom it concerns.
 *
 * @param blocksBooking whether an entry of this type makes the resource unavailable for bookings
 */
public record CalendarEntryType(
        OrganisationId organisation,
        String code,
        EntryCategory category,
        boolean blocksBooking,
        LocalizedText name,
        LocalizedText neutralLabel) {

    public CalendarEntryType {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("category", category);
        Invariants.required("name", name);
        Invariants.required("neutralLabel", neutralLabel);
    }
}
