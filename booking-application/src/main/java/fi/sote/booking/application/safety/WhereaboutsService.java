package fi.sote.booking.application.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.safety.port.in.WhereaboutsQuery;
import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Teams;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.shared.LocalizedText;

/**
 * The team's whereabouts from the calendars and bookings at the moment asked. Nothing of the client
 * is read but, for a visit at the client's, the postal code, and that only when the client-record
 * system marks no non-disclosure; it is not client-identifying and is not access-logged.
 */
public final class WhereaboutsService implements WhereaboutsQuery {

    /** How far ahead a worker's next item is looked for. */
    private static final Duration AHEAD = Duration.ofDays(7);

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final BookingRepository bookings;
    private final VisitRepository visits;
    private final ClientRecords clients;

    public WhereaboutsService(
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            BookingRepository bookings,
            VisitRepository visits,
            ClientRecords clients) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.bookings = bookings;
        this.visits = visits;
        this.clients = clients;
    }

    @Override
    public Outcome<List<Worker>> whereabouts(Actor actor, String team, Instant at) {
        Optional<List<Resource>> found = Teams.visible(catalogue, actor, team, true);
        if (found.isEmpty()) {
            return Outcome.notFound("No team " + team + " of the caller");
        }
        var organisation = actor.organisation();
        Map<String, CalendarEntryType> types = catalogue.entryTypes(organisation).stream()
                .collect(Collectors.toMap(CalendarEntryType::code, Function.identity()));
        Map<String, ContactMode> modes = catalogue.contactModes(organisation).stream()
                .collect(Collectors.toMap(ContactMode::code, Function.identity()));
        List<Resource> members = found.get().stream()
                .sorted(Comparator.comparing(Resource::name))
                .toList();
        Map<ResourceId, Visit> checkedIn =
                visits.open(organisation, members.stream().map(Resource::id).toList()).stream()
                        .collect(Collectors.toMap(Visit::resource, Function.identity(), (a, b) -> a));
        TimeInterval window = new TimeInterval(at, at.plus(AHEAD));
        List<Worker> workers = new ArrayList<>();
        for (Resource member : members) {
            List<Item> items = new ArrayList<>();
            for (CalendarEntry entry : calendar.entries(organisation, member.id(), window)) {
                CalendarEntryType type = types.get(entry.entryType());
                items.add(new Item(
                        "ENTRY",
                        type == null ? LocalizedText.finnish(entry.entryType()) : type.neutralLabel(),
                        type == null ? null : type.category(),
                        entry.interval(),
                        null,
                        false,
                        null,
                        null));
            }
            for (Booking booking : bookings.ofResource(organisation, member.id(), window)) {
                if (booking.takesTimeAt(at)) {
                    items.add(item(actor, booking, modes.get(booking.time().contactMode())));
                }
            }
            items.sort(Comparator.comparing(Item::interval));
            Item current = items.stream()
                    .filter(item -> !item.interval().start().isAfter(at))
                    .reduce((a, b) -> b)
                    .orElse(null);
            Item next = items.stream()
                    .filter(item -> item.interval().start().isAfter(at))
                    .findFirst()
                    .orElse(null);
            workers.add(new Worker(member, current, next, checkedIn.get(member.id())));
        }
        return Outcome.accepted(workers);
    }

    private Item item(Actor actor, Booking booking, ContactMode mode) {
        boolean remote = mode != null && mode.remote();
        var servicePoint = booking.time().servicePoint() == null
                ? null
                : catalogue
                        .servicePoint(actor.organisation(), booking.time().servicePoint())
                        .orElse(null);
        // a time at no service point that is not remote is met at the client's
        String area = servicePoint != null || remote
                ? null
                : clients.find(actor.organisation(), booking.client())
                        .filter(record -> !record.nonDisclosure() && record.address() != null)
                        .map(record -> record.address().postalCode())
                        .orElse(null);
        return new Item(
                "BOOKING",
                mode == null ? LocalizedText.finnish(booking.time().contactMode()) : mode.name(),
                EntryCategory.CLIENT_WORK,
                booking.time().interval(),
                booking.time().contactMode(),
                remote,
                servicePoint,
                area);
    }
}
