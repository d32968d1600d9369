package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterCalendarEntryTypeUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.CalendarEntryType;

public final class RegisterCalendarEntryTypeService implements RegisterCalendarEntryTypeUseCase {

    private final CatalogueRepository catalogue;

    public RegisterCalendarEntryTypeService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<CalendarEntryType> register(CalendarEntryType value) {
        if (!catalogue.add(value)) {
            return Outcome.duplicateCode("calendar entry type", value.code());
        }
        return Outcome.accepted(value);
    }
}
