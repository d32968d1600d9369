package fi.sote.booking.application.statistics.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.statistics.Cell;
import fi.sote.booking.domain.statistics.Dimension;

/**
 * Aggregates in the database: only counts and sums leave it, never a client. A booking made counts
 * once, when and through the channel it was made: holds never confirmed are no bookings, and the
 * booking that replaces a moved one is not a new booking made (the moved one counts, as MOVED).
 */
public interface StatisticsRepository {

    /**
     * The bookings made from {@code from} to {@code to}, grouped by each of the groupings, in one pass; with their
     * cell keys when {@code keyed} (figures for outside the organisation), else with none.
     */
    List<List<Cell>> bookingsMade(
            OrganisationId organisation, Instant from, Instant to, List<List<Dimension>> groupings, boolean keyed);

    /**
     * Hours of one resource's calendar entries of one type, or of its booked time of one product
     * (a group time once), within the period.
     *
     * @param kind ENTRY or BOOKING; {@code type} the entry type's or the product's code
     */
    record TimeUseRow(ResourceId resource, String kind, String type, EntryCategory category, double hours) {}

    List<TimeUseRow> timeUse(OrganisationId organisation, Collection<ResourceId> resources, Instant from, Instant to);
}
