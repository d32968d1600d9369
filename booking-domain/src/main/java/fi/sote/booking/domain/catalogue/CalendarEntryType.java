package fi.sote.booking.domain.catalogue;

import java.util.List;

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
        LocalizedText neutralLabel,
        long version,
        boolean retired)
        implements Kept<CalendarEntryType> {

    public CalendarEntryType {
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("category", category);
        Invariants.required("name", name);
        Invariants.required("neutralLabel", neutralLabel);
    }

    /** An entry type as registered: version 0, not retired. */
    public CalendarEntryType(
            OrganisationId organisation,
            String code,
            EntryCategory category,
            boolean blocksBooking,
            LocalizedText name,
            LocalizedText neutralLabel) {
        this(organisation, code, category, blocksBooking, name, neutralLabel, 0, false);
    }

    /** An entry type has no id besides its code. */
    @Override
    public String key() {
        return code;
    }

    @Override
    public CalendarEntryType as(long nextVersion, boolean isRetired) {
        return new CalendarEntryType(
                organisation, code, category, blocksBooking, name, neutralLabel, nextVersion, isRetired);
    }

    @Override
    public List<String> differences(CalendarEntryType next) {
        return new Kept.Differences()
                .kept("code", code, next.code(), "register a new entry type and retire this one")
                .of("category", category, next.category())
                .of("blocksBooking", blocksBooking, next.blocksBooking())
                .of("name", name, next.name())
                .of("neutralLabel", neutralLabel, next.neutralLabel())
                .fields();
    }
}
