package fi.sote.booking.application.booking.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.out.BookingRepository.Insertion;
import fi.sote.booking.application.booking.port.out.BookingRepository.ReleasesRead;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.calendar.WeeklyRelease;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * What every {@link BookingRepository} does, run against the in-memory fake of the application's tests and against
 * the PostgreSQL adapter, so that the fake the use cases are tested with keeps the contract of the real thing. Each run
 * works in an organisation of its own, set up through the catalogue and calendar ports.
 */
public abstract class BookingRepositoryContract {

    /** Far enough ahead that no other test's bookings are near. */
    private static final Instant TEN = Instant.parse("2030-03-04T08:00:00Z");

    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

    protected final OrganisationId organisation = new OrganisationId("contract-" + UUID.randomUUID());
    private BookableProduct individual;
    private BookableProduct group;
    private Resource resource;
    private Resource other;

    /** The ports the contract runs against: the booking store, and those it is set up through. */
    public record Ports(
            BookingRepository bookings,
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            ServiceTaskRepository serviceTasks) {}

    protected abstract Ports ports();

    private BookingRepository bookings() {
        return ports().bookings();
    }

    private CatalogueRepository catalogue() {
        return ports().catalogue();
    }

    /** Stores the booking in a transaction of its own, as a use case writing with the caller's transaction does. */
    protected abstract Insertion insertInTransaction(
            Booking booking, BookingEvent event, ReleasesRead read, List<AuditEntry> shown);

    private Insertion insertInTransaction(Booking booking, BookingEvent event, ReleasesRead read) {
        return insertInTransaction(booking, event, read, List.of());
    }

    /** Runs the setup (catalogue rows, calendar entries) in a transaction of its own. */
    protected abstract void given(Runnable setup);

    /** The records of the access entries stored under the operation, wherever the store keeps them. */
    protected abstract List<List<String>> loggedRecords(String operation);

    @BeforeEach
    void anOrganisationOfItsOwn() {
        given(() -> {
            ServiceTask task = ServiceTask.register(organisation, "TASK", LocalizedText.finnish("Tehtävä"), TEN);
            ports().serviceTasks().addIfCodeFree(task);
            SocialService service = new SocialService(
                    SocialServiceId.random(),
                    organisation,
                    "SERVICE",
                    null,
                    task.id(),
                    LocalizedText.finnish("Palvelu"));
            catalogue().add(service);
            catalogue().add(new ContactMode(organisation, "OFFICE", null, LocalizedText.finnish("Käynti"), false));
            individual = product("INDIVIDUAL", service, 1);
            group = product("GROUP", service, 2);
            catalogue().add(individual);
            catalogue().add(group);
            resource = resource("Pekka", service);
            other = resource("Liisa", service);
            catalogue().add(resource);
            catalogue().add(other);
        });
    }

    private BookableProduct product(String code, SocialService service, int capacity) {
        return new BookableProduct(
                BookableProductId.random(),
                organisation,
                code,
                service.id(),
                LocalizedText.finnish(code),
                Duration.ofHours(1),
                Set.of("OFFICE"),
                capacity,
                EnumSet.allOf(Channel.class),
                new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(48)),
                null,
                Duration.ofMinutes(15),
                new GuidanceText("Ohje", null, null));
    }

    private Resource resource(String name, SocialService service) {
        return new Resource(
                ResourceId.random(),
                organisation,
                ResourceKind.PROFESSIONAL,
                name,
                null,
                name.toLowerCase() + "-" + UUID.randomUUID(),
                Set.of(service.id()),
                Set.of("fi"),
                Set.of(),
                null,
                null);
    }

    private Booking booking(
            Resource in,
            BookableProduct product,
            Instant start,
            String client,
            BookingStatus status,
            boolean overlapAllowed,
            SeriesId series) {
        return booking(in, product, start, client, status, overlapAllowed, series, null);
    }

    private Booking booking(
            Resource in,
            BookableProduct product,
            Instant start,
            String client,
            BookingStatus status,
            boolean overlapAllowed,
            SeriesId series,
            Resource room) {
        BookedTime time = BookedTime.of(
                product, in.id(), new TimeInterval(start, start.plus(Duration.ofHours(1))), "OFFICE", null);
        if (room != null) {
            time = time.inRoom(room.id(), null);
        }
        return new Booking(
                BookingId.random(),
                organisation,
                time,
                client,
                "fi",
                Channel.PROFESSIONAL,
                "pekka",
                TEN,
                status,
                status == BookingStatus.PENDING ? Instant.now().plusSeconds(1) : null,
                null,
                overlapAllowed,
                series,
                null,
                null,
                null,
                null,
                0);
    }

    private Booking booked(Instant start, String client) {
        return booking(resource, individual, start, client, BookingStatus.BOOKED, false, null);
    }

    private Insertion insert(Booking booking) {
        return insertInTransaction(booking, BookingEvent.of(BookingEvent.Type.BOOKED, booking, TEN), ReleasesRead.NOW);
    }

    @Test
    void aBookingIsStoredAndFoundByIdClientResourceAndSeries() {
        SeriesId series = SeriesId.random();
        Booking booking = booking(resource, individual, TEN, "client-a", BookingStatus.BOOKED, false, series);

        assertThat(insert(booking)).isEqualTo(Insertion.INSERTED);

        assertThat(bookings().booking(organisation, booking.id())).contains(booking);
        assertThat(bookings().booking(new OrganisationId("someone-else"), booking.id()))
                .isEmpty();
        assertThat(bookings().ofClient(organisation, "client-a")).containsExactly(booking);
        assertThat(bookings().ofResource(organisation, resource.id(), new TimeInterval(TEN, TEN.plusSeconds(60))))
                .containsExactly(booking);
        assertThat(bookings().ofSeries(organisation, series)).containsExactly(booking);
    }

    @Test
    void aResourcesTimeWithItsBuffersIsTakenOnceAndAnotherResourceIsFree() {
        assertThat(insert(booked(TEN, "client-a"))).isEqualTo(Insertion.INSERTED);

        assertThat(insert(booked(TEN.plus(Duration.ofMinutes(30)), "client-b"))).isEqualTo(Insertion.SLOT_TAKEN);
        // the product keeps 15 minutes free after each time
        assertThat(insert(booked(TEN.plus(Duration.ofMinutes(70)), "client-b"))).isEqualTo(Insertion.SLOT_TAKEN);
        assertThat(insert(booked(TEN.plus(Duration.ofMinutes(75)), "client-b"))).isEqualTo(Insertion.INSERTED);
        assertThat(insert(booking(other, individual, TEN, "client-c", BookingStatus.BOOKED, false, null)))
                .isEqualTo(Insertion.INSERTED);
    }

    @Test
    void aGroupTimeTakesItsCapacityAndItsPlacesTakeTheTimeFromOthers() {
        Instant eleven = TEN.plus(Duration.ofHours(1));
        assertThat(insert(booking(resource, group, eleven, "a", BookingStatus.BOOKED, false, null)))
                .isEqualTo(Insertion.INSERTED);
        assertThat(insert(booking(resource, group, eleven, "b", BookingStatus.BOOKED, false, null)))
                .isEqualTo(Insertion.INSERTED);
        assertThat(insert(booking(resource, group, eleven, "c", BookingStatus.BOOKED, false, null)))
                .isEqualTo(Insertion.GROUP_FULL);
        assertThat(insert(booked(eleven, "d"))).isEqualTo(Insertion.SLOT_TAKEN);
    }

    @Test
    void aClientIsNotBookedTwiceAtOverlappingTimesUnlessTheBookingAllowsIt() {
        insert(booked(TEN, "client-a"));

        assertThat(insert(booking(other, individual, TEN, "client-a", BookingStatus.BOOKED, false, null)))
                .isEqualTo(Insertion.CLIENT_ALREADY_BOOKED);
        assertThat(insert(booking(other, individual, TEN, "client-a", BookingStatus.BOOKED, true, null)))
                .isEqualTo(Insertion.INSERTED);
    }

    private Resource room(String name) {
        return new Resource(
                ResourceId.random(),
                organisation,
                ResourceKind.ROOM,
                name,
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null);
    }

    private Booking inRoom(Resource in, BookableProduct product, Instant start, String client, Resource room) {
        return booking(in, product, start, client, BookingStatus.BOOKED, false, null, room);
    }

    @Test
    void aRoomIsTakenOnceWhetherWithAProfessionalOrOnItsOwnAndTheFreeRoomsAreTold() {
        Resource roomA = room("Huone A");
        Resource roomB = room("Huone B");
        given(() -> {
            catalogue().add(roomA);
            catalogue().add(roomB);
        });
        Booking withPekka = inRoom(resource, individual, TEN, "client-a", roomA);
        Instant half = TEN.plus(Duration.ofMinutes(30));

        assertThat(insert(withPekka)).isEqualTo(Insertion.INSERTED);
        assertThat(insert(inRoom(other, individual, half, "client-b", roomA))).isEqualTo(Insertion.ROOM_TAKEN);
        // the room's own booking names it as its room too
        assertThat(insert(inRoom(roomA, individual, half, "client-c", roomA))).isEqualTo(Insertion.ROOM_TAKEN);
        assertThat(bookings().freeRooms(organisation, List.of(roomA.id(), roomB.id()), withPekka.time()))
                .containsExactly(roomB.id());
        // the room is kept for the product's buffer after the time too
        assertThat(bookings()
                        .freeRooms(
                                organisation,
                                List.of(roomB.id(), roomA.id()),
                                withPekka
                                        .time()
                                        .movedTo(new TimeInterval(
                                                TEN.plus(Duration.ofMinutes(75)), TEN.plus(Duration.ofMinutes(135))))))
                .containsExactly(roomB.id(), roomA.id());
        assertThat(bookings().ofResource(organisation, roomA.id(), new TimeInterval(TEN, half)))
                .containsExactly(withPekka);

        given(() -> ports().calendar()
                .add(new CalendarEntry(
                        CalendarEntryId.random(),
                        organisation,
                        roomB.id(),
                        "MAINTENANCE",
                        true,
                        new TimeInterval(TEN, half),
                        null,
                        0)));
        assertThat(bookings().freeRooms(organisation, List.of(roomA.id(), roomB.id()), withPekka.time()))
                .isEmpty();
        assertThat(insert(inRoom(other, individual, TEN, "client-d", roomB))).isEqualTo(Insertion.ROOM_TAKEN);
    }

    @Test
    void thePlacesOfAGroupTimeShareItsRoomWhichIsToldFirst() {
        Resource roomA = room("Huone A");
        Resource roomB = room("Huone B");
        given(() -> {
            catalogue().add(roomA);
            catalogue().add(roomB);
        });
        Instant eleven = TEN.plus(Duration.ofHours(1));
        Booking first = booking(resource, group, eleven, "a", BookingStatus.BOOKED, false, null, roomB);
        assertThat(insert(first)).isEqualTo(Insertion.INSERTED);

        assertThat(bookings().freeRooms(organisation, List.of(roomA.id(), roomB.id()), first.time()))
                .containsExactly(roomB.id(), roomA.id());
        assertThat(insert(booking(resource, group, eleven, "b", BookingStatus.BOOKED, false, null, roomB)))
                .isEqualTo(Insertion.INSERTED);
        assertThat(bookings()
                        .freeRooms(
                                organisation,
                                List.of(roomA.id(), roomB.id()),
                                booking(other, individual, eleven, "c", BookingStatus.BOOKED, false, null)
                                        .time()))
                .containsExactly(roomA.id());
    }

    @Test
    void aBlockingEntryKeepsBookingsOut() {
        given(() -> ports().calendar()
                .add(new CalendarEntry(
                        CalendarEntryId.random(),
                        organisation,
                        resource.id(),
                        "MEETING",
                        true,
                        new TimeInterval(TEN, TEN.plus(Duration.ofMinutes(30))),
                        null,
                        0)));

        assertThat(insert(booked(TEN, "client-a"))).isEqualTo(Insertion.BLOCKED_BY_ENTRY);
    }

    @Test
    void aLapsedHoldInTheWayIsLetGoAsCancelled() throws InterruptedException {
        Booking hold = booking(resource, individual, TEN, "client-a", BookingStatus.PENDING, false, null);
        insert(hold);
        Thread.sleep(Duration.between(Instant.now(), hold.holdExpiresAt()).toMillis() + 50);

        assertThat(insert(booked(TEN, "client-b"))).isEqualTo(Insertion.INSERTED);

        Booking lapsed = bookings().booking(organisation, hold.id()).orElseThrow();
        assertThat(lapsed.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(lapsed.lastChange().reason()).isEqualTo(ChangeReason.HOLD_EXPIRED);
        assertThat(lapsed.version()).isEqualTo(1);
    }

    @Test
    void releasesChangedSinceTheyWereReadAreFoundOutByTheInsert() {
        WeeklyRelease release = new WeeklyRelease(
                ReleaseId.random(),
                organisation,
                resource.id(),
                EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                MONDAY,
                MONDAY.plusDays(30),
                Set.of(),
                true,
                new ReleaseTerms(Set.of(individual.id()), Set.of(Channel.COUNSELLING), Set.of(), null));
        given(() -> ports().calendar().add(release));
        Booking first = booked(TEN, "client-a");
        Booking second = booked(TEN.plus(Duration.ofHours(2)), "client-b");

        assertThat(insertInTransaction(
                        first,
                        BookingEvent.of(BookingEvent.Type.BOOKED, first, TEN),
                        ReleasesRead.offeredBy(ReleaseId.random())))
                .isEqualTo(Insertion.RELEASES_CHANGED);
        assertThat(insertInTransaction(
                        first, BookingEvent.of(BookingEvent.Type.BOOKED, first, TEN), ReleasesRead.noneOf(Set.of())))
                .isEqualTo(Insertion.RELEASES_CHANGED);
        assertThat(insertInTransaction(
                        first,
                        BookingEvent.of(BookingEvent.Type.BOOKED, first, TEN),
                        ReleasesRead.offeredBy(release.id())))
                .isEqualTo(Insertion.INSERTED);
        assertThat(insertInTransaction(
                        second,
                        BookingEvent.of(BookingEvent.Type.BOOKED, second, TEN),
                        ReleasesRead.noneOf(Set.of(release.id()))))
                .isEqualTo(Insertion.INSERTED);
        assertThat(bookings().booking(organisation, first.id())).isPresent();
    }

    @Test
    void aBookingCommittedOnItsOwnKeepsTheSameRules() {
        Booking booking = booked(TEN, "client-a");
        BookingEvent event = BookingEvent.of(BookingEvent.Type.BOOKED, booking, TEN);

        assertThat(bookings().insertAndCommit(booking, event, ReleasesRead.NOW, List.of()))
                .isEqualTo(Insertion.INSERTED);
        Booking rival = booked(TEN, "client-b");
        assertThat(bookings()
                        .insertAndCommit(
                                rival,
                                BookingEvent.of(BookingEvent.Type.BOOKED, rival, TEN),
                                ReleasesRead.NOW,
                                List.of()))
                .isEqualTo(Insertion.SLOT_TAKEN);
        assertThat(bookings().booking(organisation, booking.id())).contains(booking);
    }

    @Test
    void theAccessEntriesOfABookingsAnswerAreStoredWithTheBookingAndOnlyWithIt() {
        String operation = "bookSlot-" + UUID.randomUUID();
        Booking booking = booked(TEN, "client-a");
        Booking rival = booked(TEN, "client-b");

        assertThat(bookings()
                        .insertAndCommit(
                                booking,
                                BookingEvent.of(BookingEvent.Type.BOOKED, booking, TEN),
                                ReleasesRead.NOW,
                                shown(booking, operation, null)))
                .isEqualTo(Insertion.INSERTED);
        assertThat(bookings()
                        .insertAndCommit(
                                rival,
                                BookingEvent.of(BookingEvent.Type.BOOKED, rival, TEN),
                                ReleasesRead.NOW,
                                shown(rival, operation, "regional-system")))
                .isEqualTo(Insertion.SLOT_TAKEN);

        assertThat(loggedRecords(operation))
                .as("the stored booking's entry, not the refused one's")
                .containsExactly(List.of("booking:" + booking.id().value()));

        Booking later = booked(TEN.plus(Duration.ofHours(3)), "client-c");
        assertThat(insertInTransaction(
                        later,
                        BookingEvent.of(BookingEvent.Type.BOOKED, later, TEN),
                        ReleasesRead.NOW,
                        shown(later, operation, "regional-system")))
                .isEqualTo(Insertion.INSERTED);
        assertThat(loggedRecords(operation))
                .as("an integration's access and disclosure")
                .hasSize(3)
                .endsWith(
                        List.of("booking:" + later.id().value()),
                        List.of("booking:" + later.id().value()));
    }

    private AuditEntry access(Booking booking, String operation) {
        return new AuditEntry(
                AuditEntry.Kind.ACCESS,
                organisation,
                TEN,
                "counsellor-1",
                "counsellor",
                null,
                booking.client(),
                operation,
                List.of("booking:" + booking.id().value()),
                "client counselling and first contact booking",
                null);
    }

    private List<AuditEntry> shown(Booking booking, String operation, String recipient) {
        AuditEntry access = access(booking, operation);
        return recipient == null ? List.of(access) : List.of(access, access.disclosedTo(recipient));
    }

    @Test
    void aChangeIsStoredOverTheVersionItWasMadeFromOnly() {
        Booking booking = booked(TEN, "client-a");
        insert(booking);
        Booking cancelled = booking.becomes(BookingStatus.CANCELLED, ChangeReason.CLIENT_REQUEST, "pekka", TEN);

        given(() -> assertThat(bookings().update(cancelled)).isTrue());
        given(() -> assertThat(bookings().update(cancelled)).isFalse());

        assertThat(bookings().booking(organisation, booking.id())).contains(cancelled);
        assertThat(bookings().ofClient(organisation, "client-a"))
                .extracting(Booking::status)
                .isEqualTo(List.of(BookingStatus.CANCELLED));
    }
}
