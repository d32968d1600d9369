package fi.sote.booking.application.absence.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Stores absences with their calendar entries; every read is scoped to one organisation. */
public interface AbsenceRepository {

    /**
     * Stores the absence and its blocking calendar entry.
     *
     * @return false when it overlaps another absence of the resource (the database decides)
     */
    boolean add(Absence absence);

    Optional<Absence> absence(OrganisationId organisation, CalendarEntryId id);

    /** The absences of the resources that end after {@code after}, by start. */
    List<Absence> ofResources(OrganisationId organisation, Collection<ResourceId> resources, Instant after);
}
