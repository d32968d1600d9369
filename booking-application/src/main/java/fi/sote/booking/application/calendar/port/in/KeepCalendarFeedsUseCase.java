package fi.sote.booking.application.calendar.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.CalendarFeed;
import fi.sote.booking.domain.calendar.CalendarFeedId;
import fi.sote.booking.domain.catalogue.ResourceId;

/** Creating, listing and revoking the calendar feeds of a calendar: by whoever keeps the calendar. */
public interface KeepCalendarFeedsUseCase {

    /** A feed just made and its secret token: shown this once, kept only as a hash. */
    record CreatedFeed(CalendarFeed feed, String token) {}

    Outcome<CreatedFeed> create(Actor actor, ResourceId resource, String label);

    /** The calendar's feeds not revoked, oldest first. */
    Outcome<List<CalendarFeed>> feeds(Actor actor, ResourceId resource);

    /** Revokes the feed: its address answers 404 from now on. */
    Outcome<CalendarFeed> revoke(Actor actor, CalendarFeedId id);
}
