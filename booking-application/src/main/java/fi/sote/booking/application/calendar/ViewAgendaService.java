package fi.sote.booking.application.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.booking.port.in.ClientView;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.port.in.AgendaQuery;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.privacy.BookingVisibility;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Days;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Page;
import fi.sote.booking.application.shared.PageCursor;
import fi.sote.booking.application.shared.Teams;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;

/**
 * The day and week views, read from the calendars and the bookings as they are when asked. A booking shows while it
 * takes its time (not cancelled or moved, nor a hold let lapse); how to reach the client is not read (the booking's
 * own read gives it).
 */
public final class ViewAgendaService implements AgendaQuery {

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final BookingRepository bookings;
    private final BookingVisibility visibility;
    private final AuditTrail trail;
    private final Clock clock;

    public ViewAgendaService(
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            BookingRepository bookings,
            BookingVisibility visibility,
            AuditTrail trail,
            Clock clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.bookings = bookings;
        this.visibility = visibility;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public Page<Item> mine(Actor actor, Days days, int limit, PageCursor after) {
        List<Resource> own = catalogue.resources(actor.organisation()).stream()
                .filter(resource -> actor.subject().equals(resource.subject()))
                .toList();
        return view(actor, "viewMyAgenda", own, days, limit, after);
    }

    @Override
    public Outcome<Page<Item>> team(Actor actor, String team, Days days, int limit, PageCursor after) {
        Optional<List<Resource>> members = Teams.visible(catalogue, actor, team, true);
        if (members.isEmpty()) {
            return Outcome.notFound("No team " + team + " of the caller");
        }
        return Outcome.accepted(view(actor, "viewTeamAgenda", members.get(), days, limit, after));
    }

    private Page<Item> view(
            Actor actor, String operation, List<Resource> calendars, Days days, int limit, PageCursor after) {
        TimeInterval interval = days.interval();
        Instant now = clock.instant();
        List<Item> items = new ArrayList<>();
        Set<ResourceId> shown = calendars.stream().map(Resource::id).collect(Collectors.toSet());
        for (Resource resource : calendars) {
            for (CalendarEntry entry : calendar.entries(actor.organisation(), resource.id(), interval)) {
                items.add(new Item(resource, entry, null, null, visibility.mayIdentify(actor, entry)));
            }
            for (Booking booking : bookings.ofResource(actor.organisation(), resource.id(), interval)) {
                // a booking that takes a room is shown once: with its professional when they are in the view too
                boolean elsewhere = !booking.time().resource().equals(resource.id())
                        && shown.contains(booking.time().resource());
                if (booking.takesTimeAt(now) && !elsewhere) {
                    ClientView client = visibility.clientView(actor, booking, false);
                    items.add(new Item(resource, null, booking, client, client.identified()));
                }
            }
        }
        Page<Item> page = Page.of(items, Item::key, after, limit);
        trail.shown(
                actor,
                operation,
                page.items(),
                item -> item.identified() && item.clientReference() != null,
                Item::clientReference,
                item -> item.entry() != null
                        ? "calendar-entry:" + item.entry().id().value()
                        : "booking:" + item.booking().id().value());
        return page;
    }
}
