package fi.sote.booking.application.calendar.port.in;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.calendar.CalendarFeed;
import fi.sote.booking.domain.calendar.TimeInterval;

/**
 * What a calendar program subscribed to a feed reads, by the feed's secret token alone: when the calendar is busy,
 * and nothing of whom with.
 */
public interface ReadCalendarFeedQuery {

    /**
     * A busy time: a calendar entry, or a booked time (the bookings of one group time are one), under an id that stays
     * the same while it moves, and a sequence that grows with each change.
     */
    record Block(String uid, TimeInterval interval, long sequence, boolean blocksBooking) {}

    /** The feed and its busy times over {@link CalendarFeed#window}, by start. */
    record FeedContent(CalendarFeed feed, List<Block> blocks) {}

    /** The feed's content, or empty for a token of no feed (never made, or revoked). */
    Optional<FeedContent> read(String token);
}
