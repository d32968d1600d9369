package fi.sote.booking.application.statistics.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import fi.sote.booking.domain.calendar.TimeInterval;
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

    /** The waitlist's figures, by name: {@link #WAITLIST_FIGURES}. */
    List<String> WAITLIST_FIGURES = List.of("joined", "booked", "withdrawn", "ended", "waiting");

    /**
     * The waitlist's entries counted for each of {@link #WAITLIST_FIGURES} from {@code from} to {@code to} (as
     * StatisticsQuery.WaitlistFigures defines them), with their
     * distinct clients; with cell keys when {@code keyed}. A figure nothing counts for may be left out.
     */
    Map<String, Cell> waitlist(OrganisationId organisation, Instant from, Instant to, boolean keyed);

    /**
     * Hours of one resource's calendar entries of one type, or of its booked time of one product
     * (a group time once), within the period.
     *
     * @param kind ENTRY or BOOKING; {@code type} the entry type's or the product's code
     */
    record TimeUseRow(ResourceId resource, String kind, String type, EntryCategory category, double hours) {}

    /** The hours of the resources' entries other than absences, and of their booked time, within the period. */
    List<TimeUseRow> timeUse(OrganisationId organisation, Collection<ResourceId> resources, Instant from, Instant to);

    /** An absence entry of one resource, clipped to the period: its working time is counted from it. */
    record AbsenceTime(ResourceId resource, String type, TimeInterval interval) {}

    /** The resources' entries of category ABSENCE overlapping the period, each clipped to it. */
    List<AbsenceTime> absences(OrganisationId organisation, Collection<ResourceId> resources, Instant from, Instant to);
}
