package fi.sote.booking.application.fakes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingReference;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A fake of the booking port with the database's contract (the insert statement and the constraints of migration
 * V4): a blocking entry, a booking of the resource that takes overlapping time (places of the same group time aside),
 * a full group time, the client's overlapping booking (unless the new one allows it) or releases changed since they
 * were read each keep a booking out; a lapsed hold in the way is cancelled first. It records which bookings were
 * committed on their own and every event, and writes the access entries of a booking stored to the audit log given.
 */
public final class InMemoryBookings implements BookingRepository {

    private final InMemoryCalendar calendar;
    private final Clock clock;
    private final List<Booking> bookings = new ArrayList<>();
    private final List<BookingEvent> events = new ArrayList<>();
    private final List<BookingId> committedAlone = new ArrayList<>();
    private final AuditLog log;

    public InMemoryBookings(InMemoryCalendar calendar, Clock clock, AuditLog log) {
        this.calendar = calendar;
        this.clock = clock;
        this.log = log;
        calendar.countBookings(() -> List.copyOf(bookings), clock::instant);
    }

    /** The events recorded, in order. */
    public List<BookingEvent> events() {
        return List.copyOf(events);
    }

    /** The bookings that were committed on their own ({@link #insertAndCommit}). */
    public List<BookingId> committedAlone() {
        return List.copyOf(committedAlone);
    }

    /** What is stored now, to be put back by {@link #rollBack} as a transaction that fails undoes its writes. */
    public Object savepoint() {
        return List.of(List.copyOf(bookings), List.copyOf(events), List.copyOf(committedAlone));
    }

    @SuppressWarnings("unchecked")
    public void rollBack(Object savepoint) {
        List<List<?>> saved = (List<List<?>>) savepoint;
        bookings.clear();
        bookings.addAll((List<Booking>) saved.get(0));
        events.clear();
        events.addAll((List<BookingEvent>) saved.get(1));
        committedAlone.clear();
        committedAlone.addAll((List<BookingId>) saved.get(2));
    }

    @Override
    public Insertion insert(Booking booking, BookingEvent event, ReleasesRead read, List<AuditEntry> shown) {
        Instant now = clock.instant();
        if (releasesChanged(booking, read)) {
            return Insertion.RELEASES_CHANGED;
        }
        TimeInterval occupied = booking.time().occupied();
        boolean blocked = calendar
                .entries(booking.organisation(), booking.time().resource(), occupied)
                .stream()
                .anyMatch(entry -> entry.blocksBooking());
        if (blocked) {
            return Insertion.BLOCKED_BY_ENTRY;
        }
        letLapsedHoldsGo(booking, now);
        List<Booking> sameGroupTime = new ArrayList<>();
        for (Booking other : bookings) {
            if (!other.takesTimeAt(now)) {
                continue;
            }
            if (other.time().resource().equals(booking.time().resource())
                    && other.time().occupied().overlaps(occupied)) {
                if (booking.time().isGroup()
                        && other.time().product().equals(booking.time().product())
                        && other.time()
                                .interval()
                                .start()
                                .equals(booking.time().interval().start())) {
                    sameGroupTime.add(other);
                } else {
                    return Insertion.SLOT_TAKEN;
                }
            }
        }
        if (booking.time().room() != null
                && !freeRooms(booking.organisation(), List.of(booking.time().room()), booking.time())
                        .contains(booking.time().room())) {
            return Insertion.ROOM_TAKEN;
        }
        boolean clientBooked = !booking.clientOverlapAllowed()
                && bookings.stream()
                        .anyMatch(other -> other.takesTimeAt(now)
                                && other.organisation().equals(booking.organisation())
                                && other.client().equals(booking.client())
                                && other.time()
                                        .interval()
                                        .overlaps(booking.time().interval()));
        if (clientBooked) {
            return Insertion.CLIENT_ALREADY_BOOKED;
        }
        if (sameGroupTime.size() >= booking.time().capacity()) {
            return Insertion.GROUP_FULL;
        }
        bookings.add(booking);
        events.add(event);
        if (!shown.isEmpty()) {
            log.append(shown);
        }
        return Insertion.INSERTED;
    }

    @Override
    public List<ResourceId> freeRooms(OrganisationId organisation, List<ResourceId> rooms, BookedTime time) {
        Instant now = clock.instant();
        List<ResourceId> free = new ArrayList<>();
        for (ResourceId room : rooms) {
            boolean blocked = !room.equals(time.resource())
                    && calendar.entries(organisation, room, time.occupied()).stream()
                            .anyMatch(entry -> entry.blocksBooking());
            List<Booking> inRoom = bookings.stream()
                    .filter(other -> other.takesTimeAt(now)
                            && room.equals(other.time().room())
                            && other.time().occupied().overlaps(time.occupied()))
                    .toList();
            if (blocked || inRoom.stream().anyMatch(other -> !sameGroupTime(other.time(), time))) {
                continue;
            }
            if (inRoom.isEmpty()) {
                free.add(room);
            } else {
                free.add(0, room);
            }
        }
        return free;
    }

    private static boolean sameGroupTime(BookedTime one, BookedTime other) {
        return one.isGroup()
                && one.product().equals(other.product())
                && one.interval().start().equals(other.interval().start());
    }

    @Override
    public Insertion insertAndCommit(Booking booking, BookingEvent event, ReleasesRead read, List<AuditEntry> shown) {
        Insertion insertion = insert(booking, event, read, shown);
        if (insertion == Insertion.INSERTED) {
            committedAlone.add(booking.id());
        }
        return insertion;
    }

    private boolean releasesChanged(Booking booking, ReleasesRead read) {
        List<Release> now = calendar.current();
        if (read.offeredBy() != null) {
            return now.stream().noneMatch(release -> release.id().equals(read.offeredBy()));
        }
        return read.known() != null
                && now.stream()
                        .anyMatch(release ->
                                release.resource().equals(booking.time().resource())
                                        && !read.known().contains(release.id()));
    }

    private void letLapsedHoldsGo(Booking booking, Instant now) {
        for (int i = 0; i < bookings.size(); i++) {
            Booking other = bookings.get(i);
            boolean inTheWay = ((other.time().resource().equals(booking.time().resource())
                                    || (booking.time().room() != null
                                            && booking.time()
                                                    .room()
                                                    .equals(other.time().room())))
                            && other.time().occupied().overlaps(booking.time().occupied()))
                    || (other.client().equals(booking.client())
                            && other.time().interval().overlaps(booking.time().interval()));
            if (other.status() == BookingStatus.PENDING && !other.isHeldAt(now) && inTheWay) {
                Booking lapsed = other.becomes(BookingStatus.CANCELLED, ChangeReason.HOLD_EXPIRED, null, now);
                bookings.set(i, lapsed);
                events.add(BookingEvent.of(BookingEvent.Type.CANCELLED, lapsed, now));
            }
        }
    }

    @Override
    public boolean update(Booking booking) {
        for (int i = 0; i < bookings.size(); i++) {
            Booking stored = bookings.get(i);
            if (stored.id().equals(booking.id()) && stored.organisation().equals(booking.organisation())) {
                if (stored.version() != booking.version() - 1) {
                    return false;
                }
                bookings.set(i, booking);
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Booking> booking(OrganisationId organisation, BookingId id) {
        return bookings.stream()
                .filter(b -> b.organisation().equals(organisation) && b.id().equals(id))
                .findFirst();
    }

    @Override
    public List<Booking> withReference(OrganisationId organisation, String reference) {
        return sorted(bookings.stream()
                .filter(b -> b.organisation().equals(organisation)
                        && BookingReference.of(b.id()).equals(reference))
                .toList());
    }

    @Override
    public List<Booking> ofClient(OrganisationId organisation, String client) {
        return sorted(bookings.stream()
                .filter(b -> b.organisation().equals(organisation) && b.client().equals(client))
                .toList());
    }

    @Override
    public List<Booking> ofResource(OrganisationId organisation, ResourceId resource, TimeInterval interval) {
        return sorted(bookings.stream()
                .filter(b -> b.organisation().equals(organisation)
                        && (b.time().resource().equals(resource)
                                || resource.equals(b.time().room()))
                        && b.time().interval().overlaps(interval))
                .toList());
    }

    @Override
    public List<Booking> madeBy(OrganisationId organisation, String bookedBy, TimeInterval madeWithin) {
        return bookings.stream()
                .filter(b -> b.organisation().equals(organisation)
                        && b.bookedBy().equals(bookedBy)
                        && !b.bookedAt().isBefore(madeWithin.start())
                        && b.bookedAt().isBefore(madeWithin.end()))
                .toList();
    }

    @Override
    public List<Booking> ofSeries(OrganisationId organisation, SeriesId series) {
        return sorted(bookings.stream()
                .filter(b -> b.organisation().equals(organisation) && series.equals(b.series()))
                .toList());
    }

    @Override
    public void record(BookingEvent event) {
        events.add(event);
    }

    private static List<Booking> sorted(List<Booking> found) {
        return found.stream()
                .sorted(Comparator.comparing((Booking b) -> b.time().interval().start())
                        .thenComparing(b -> b.id().value()))
                .toList();
    }
}
