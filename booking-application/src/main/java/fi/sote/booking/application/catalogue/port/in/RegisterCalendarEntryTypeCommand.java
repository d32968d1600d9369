package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Register a calendar entry type (toiminto).
 *
 * @param neutralLabel what others see of an entry of the type, naming no client
 */
public record RegisterCalendarEntryTypeCommand(
        OrganisationId organisation,
        String code,
        EntryCategory category,
        boolean blocksBooking,
        LocalizedText name,
        LocalizedText neutralLabel) {

    public RegisterCalendarEntryTypeCommand {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("category", category);
        Invariants.required("name", name);
        Invariants.required("neutralLabel", neutralLabel);
    }
}
