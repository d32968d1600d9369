package fi.sote.booking.application.statistics.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.statistics.Dimension;
import fi.sote.booking.domain.statistics.FollowUpPeriod;
import fi.sote.booking.domain.statistics.SmallCells.Shown;

/**
 * The statistics the counties follow (seed 2, section 8): counts of bookings made, the indicators
 * precomputed, and time use. None of it identifies a client; for use outside the organisation
 * ({@code external}) small cells are suppressed.
 */
public interface StatisticsQuery {

    /** The cells of one grouping, by their keys. */
    record Table(List<Dimension> groupBy, List<Shown> cells) {}

    /** A share in percent (one decimal), or suppressed (null). */
    record Share(Double percent, Long numerator, Long denominator, boolean suppressed) {}

    /** @param suppression whether the small-cell rule was applied */
    record BookingCounts(FollowUpPeriod period, boolean suppression, Table table, Shown total) {}

    /**
     * The seeds' indicators: bookings made by staff (professionals and counsellors, directly or through
     * an integration such as the client-record system) in total, per service task and per social service;
     * bookings made by clients per service task and per social service; the clients' share of all
     * bookings made; the share made for remote contact modes.
     */
    record Indicators(
            FollowUpPeriod period,
            boolean suppression,
            Shown staffTotal,
            Table staffByServiceTask,
            Table staffBySocialService,
            Table clientByServiceTask,
            Table clientBySocialService,
            Shown total,
            Share clientShare,
            Share remoteShare) {}

    /**
     * Hours of a team's or professional's time of one kind: calendar entries of a type (ENTRY) or booked
     * time of a product (BOOKING, category CLIENT_WORK).
     *
     * @param professional the resource's name, or null on a team's line
     */
    record TimeUseLine(
            String team,
            String resourceId,
            String professional,
            String kind,
            String type,
            EntryCategory category,
            double hours) {}

    record TimeUse(FollowUpPeriod period, List<TimeUseLine> byTeam, List<TimeUseLine> byProfessional) {}

    /**
     * The waitlist over the period, each figure a count of entries: joined in it; whose wait ended in it with a time
     * booked, withdrawn, or with its days passed unbooked; and still waiting (or offered a time) at its end.
     */
    record WaitlistFigures(
            FollowUpPeriod period,
            boolean suppression,
            Shown joined,
            Shown booked,
            Shown withdrawn,
            Shown ended,
            Shown waiting) {}

    Outcome<BookingCounts> bookings(Actor actor, FollowUpPeriod period, List<Dimension> groupBy, boolean external);

    Outcome<Indicators> indicators(Actor actor, FollowUpPeriod period, boolean external);

    Outcome<WaitlistFigures> waitlist(Actor actor, FollowUpPeriod period, boolean external);

    /** Time use of the teams the actor supervises, per team and per professional. */
    Outcome<TimeUse> timeUse(Actor actor, FollowUpPeriod period);
}
