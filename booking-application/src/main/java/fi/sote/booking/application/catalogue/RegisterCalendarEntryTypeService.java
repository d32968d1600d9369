package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterCalendarEntryTypeCommand;
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
    public Outcome<CalendarEntryType> register(RegisterCalendarEntryTypeCommand command) {
        CalendarEntryType type = new CalendarEntryType(
                command.organisation(),
                command.code(),
                command.category(),
                command.blocksBooking(),
                command.name(),
                command.neutralLabel());
        if (!catalogue.add(type)) {
            return Outcome.duplicateCode("calendar entry type", type.code());
        }
        return Outcome.accepted(type);
    }
}
