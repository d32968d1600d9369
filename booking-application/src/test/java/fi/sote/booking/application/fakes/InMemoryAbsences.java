package fi.sote.booking.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.absence.port.out.AbsenceRepository;
import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the absence port that keeps each absence's blocking entry in the calendar fake, as the database does. */
public final class InMemoryAbsences implements AbsenceRepository {

    private final InMemoryCalendar calendar;
    private final List<Absence> absences = new ArrayList<>();

    public InMemoryAbsences(InMemoryCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public boolean add(Absence absence) {
        if (!calendar.addAbsence(absence.entry())) {
            return false;
        }
        absences.add(absence);
        return true;
    }

    @Override
    public Optional<Absence> absence(OrganisationId organisation, CalendarEntryId id) {
        return absences.stream()
                .filter(a -> a.organisation().equals(organisation) && a.id().equals(id))
                .findFirst();
    }

    @Override
    public List<Absence> ofResources(OrganisationId organisation, Collection<ResourceId> resources, Instant after) {
        return absences.stream()
                .filter(a -> a.organisation().equals(organisation)
                        && resources.contains(a.resource())
                        && a.interval().end().isAfter(after))
                .sorted(Comparator.comparing(Absence::interval))
                .toList();
    }
}
