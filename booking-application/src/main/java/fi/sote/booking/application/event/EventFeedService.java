package fi.sote.booking.application.event;

import java.util.List;

import fi.sote.booking.application.event.port.in.FollowEventsQuery;
import fi.sote.booking.application.event.port.out.EventFeed;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.shared.InvalidValueException;

public final class EventFeedService implements FollowEventsQuery {

    private final EventFeed feed;

    public EventFeedService(EventFeed feed) {
        this.feed = feed;
    }

    @Override
    public Page after(Actor actor, Position after, int limit) {
        if (limit < 1 || limit > MOST) {
            throw new InvalidValueException("limit", "must be from 1 to " + MOST);
        }
        List<Event> events = feed.after(actor.organisation(), after, limit);
        return new Page(
                events, events.isEmpty() ? after : events.get(events.size() - 1).position());
    }
}
