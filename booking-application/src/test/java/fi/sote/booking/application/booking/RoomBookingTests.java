package fi.sote.booking.application.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.RescheduleBookingCommand;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.calendar.SearchSlotsService;
import fi.sote.booking.application.calendar.ViewAgendaService;
import fi.sote.booking.application.calendar.port.in.AgendaQuery.Item;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.FoundSlot;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.SlotPage;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Days;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Page;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.Slot;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.calendar.WeeklyRelease;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.OpeningHours;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.RejectionReason;

/** A professional and a room in one booking: which room a time takes, and when it cannot have one. */
class RoomBookingTests {

    private final World world = new World();
    private final ServicePoint hamina = new ServicePoint(
            ServicePointId.random(),
            world.organisation,
            "HAMINA",
            LocalizedText.finnish("Haminan palvelupiste"),
            new Address("Puistokatu 2", "49400", "Hamina"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                    .map(day -> new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                    .toList());
    /** A network meeting: at the office it takes a room, by phone it does not. */
    private final BookableProduct meeting = product("NETWORK_MEETING", 1);

    private final BookableProduct group = product("GROUP_MEETING", 3);
    // named so that the room picked first is not the one added first
    private final Resource roomB = world.room("Huone B", world.kotka, null);
    private final Resource roomA = world.room("Huone A", world.kotka, null);
    private final Resource haminaRoom = world.room("Huone H", hamina, null);
    private final Resource maria = new Resource(
            ResourceId.random(),
            world.organisation,
            ResourceKind.PROFESSIONAL,
            "Maria",
            "sosiaalityöntekijä",
            "maria",
            Set.of(world.familyCounselling.id()),
            Set.of("fi"),
            Set.of(world.kotka.id()),
            "FAMILY",
            "sari");

    RoomBookingTests() {
        world.catalogue.add(hamina);
        world.catalogue.add(meeting);
        world.catalogue.add(group);
        world.catalogue.add(maria);
    }

    private BookableProduct product(String code, int capacity) {
        return new BookableProduct(
                BookableProductId.random(),
                world.organisation,
                code,
                world.familyCounselling.id(),
                LocalizedText.finnish(code),
                Duration.ofMinutes(90),
                Set.of("OFFICE", "PHONE"),
                capacity,
                EnumSet.allOf(Channel.class),
                new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(48)),
                null,
                Duration.ofMinutes(15),
                new GuidanceText("Tervetuloa", null, null),
                null,
                false,
                Set.of("OFFICE"));
    }

    private Outcome<Booking> book(Resource professional, SlotRequest request) {
        return world.bookSlot.book(world.professional(professional), new BookSlotCommand(request, Commit.WITH_CALLER));
    }

    private static SlotRequest at(Resource professional, BookableProduct product, String time, String mode) {
        return request(professional, product, time, mode, null);
    }

    private static SlotRequest request(
            Resource professional, BookableProduct product, String time, String mode, ResourceId room) {
        return new SlotRequest(
                professional.id(),
                product.id(),
                World.at(0, time),
                mode,
                null,
                "C-" + professional.name() + "-" + time,
                null,
                null,
                false,
                null,
                false,
                null,
                room,
                false);
    }

    private static Booking accepted(Outcome<Booking> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<Booking>) outcome).value();
    }

    private static Outcome.Rejected<Booking> rejected(Outcome<Booking> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return (Outcome.Rejected<Booking>) outcome;
    }

    @Test
    void aTimeThatNeedsARoomTakesTheFirstFreeRoomAtTheServicePointByNameAndTheNextTimeTheNext() {
        Booking first = accepted(book(world.pekka, at(world.pekka, meeting, "13:00", "OFFICE")));
        Booking second = accepted(book(world.liisa, at(world.liisa, meeting, "13:30", "OFFICE")));

        assertThat(first.time().room()).isEqualTo(roomA.id());
        assertThat(first.time().servicePoint()).isEqualTo(world.kotka.id());
        assertThat(second.time().room()).isEqualTo(roomB.id());
        assertThat(new Confirmations(world.catalogue).of(first).room()).isEqualTo("Huone A");
    }

    @Test
    void whenEveryRoomAtThePlaceIsTakenTheTimeIsRefusedOnRoomAndNothingIsBooked() {
        accepted(book(world.pekka, at(world.pekka, meeting, "13:00", "OFFICE")));
        accepted(book(world.liisa, at(world.liisa, meeting, "13:00", "OFFICE")));

        Outcome.Rejected<Booking> refused = rejected(book(maria, at(maria, meeting, "14:00", "OFFICE")));

        assertThat(refused.reason()).isEqualTo(RejectionReason.ROOM_UNAVAILABLE);
        assertThat(refused.field()).isEqualTo("roomId");
        assertThat(refused.detail()).contains("No room at the service point is free");
        assertThat(world.bookings.events()).hasSize(2);
        // the room is kept free for the buffer after the time too: at 14:45 both rooms are free again
        assertThat(accepted(book(maria, at(maria, meeting, "14:45", "OFFICE")))
                        .time()
                        .room())
                .isEqualTo(roomA.id());
    }

    @Test
    void aRemoteTimeTakesNoRoomAndAProductThatNeedsNoneTakesNone() {
        Booking phone = accepted(book(world.pekka, at(world.pekka, meeting, "13:00", "PHONE")));
        Booking visit = accepted(book(world.liisa, at(world.liisa, world.firstVisit, "13:00", "OFFICE")));

        assertThat(phone.time().room()).isNull();
        assertThat(visit.time().room()).isNull();
    }

    @Test
    void aNamedRoomIsTakenOrTheBookingIsRefusedAndOnlyARoomAtTheTimesPlaceMayBeNamed() {
        Booking inB = accepted(book(world.pekka, request(world.pekka, meeting, "13:00", "OFFICE", roomB.id())));

        assertThat(inB.time().room()).isEqualTo(roomB.id());
        Outcome.Rejected<Booking> refused =
                rejected(book(world.liisa, request(world.liisa, meeting, "13:00", "OFFICE", roomB.id())));
        assertThat(refused.reason()).isEqualTo(RejectionReason.ROOM_UNAVAILABLE);
        assertThat(refused.detail()).startsWith("The room Huone B is taken");
        // a product that needs no room may still take one when it is named
        assertThat(accepted(book(world.liisa, request(world.liisa, world.firstVisit, "13:00", "OFFICE", roomA.id())))
                        .time()
                        .room())
                .isEqualTo(roomA.id());
        assertThatThrownBy(() -> book(world.pekka, request(world.pekka, meeting, "15:00", "OFFICE", world.liisa.id())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("roomId: is not a room of the organisation");
        // Pekka's release names Kotka as the place of its times
        assertThatThrownBy(() -> world.bookSlot.book(
                        world.counsellor(),
                        new BookSlotCommand(
                                request(world.pekka, world.firstVisit, "09:00", "OFFICE", haminaRoom.id()),
                                Commit.WITH_CALLER)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("roomId: is not at the service point of the time");
    }

    @Test
    void aRoomsOwnBookingAndABookingThatTakesTheRoomWithAProfessionalKeepEachOtherOut() {
        accepted(book(world.pekka, at(world.pekka, meeting, "13:00", "OFFICE")));
        accepted(book(world.liisa, at(world.liisa, meeting, "13:00", "OFFICE")));
        SlotRequest roomsOwn = new SlotRequest(
                roomA.id(),
                world.firstVisit.id(),
                World.at(0, "14:00"),
                "OFFICE",
                null,
                "C-own",
                null,
                null,
                false,
                null);

        Outcome.Rejected<Booking> refused = rejected(
                world.bookSlot.book(world.supervisor("sari"), new BookSlotCommand(roomsOwn, Commit.WITH_CALLER)));

        assertThat(refused.reason()).isEqualTo(RejectionReason.SLOT_TAKEN);
        Booking own = accepted(world.bookSlot.book(
                world.supervisor("sari"), new BookSlotCommand(roomsOwn.at(World.at(0, "16:00")), Commit.WITH_CALLER)));
        assertThat(own.time().room()).isEqualTo(roomA.id());
        // the room's own booking at 16:00 leaves Huone B for a meeting then
        assertThat(accepted(book(world.pekka, at(world.pekka, meeting, "16:00", "OFFICE")))
                        .time()
                        .room())
                .isEqualTo(roomB.id());
    }

    @Test
    void aBlockingEntryInARoomsCalendarKeepsItOutAndCancellingFreesTheRoom() {
        world.calendar.add(new CalendarEntry(
                CalendarEntryId.random(),
                world.organisation,
                roomA.id(),
                "MAINTENANCE",
                true,
                new TimeInterval(World.at(0, "12:00"), World.at(0, "18:00")),
                null,
                0));
        Booking inB = accepted(book(world.pekka, at(world.pekka, meeting, "13:00", "OFFICE")));
        assertThat(inB.time().room()).isEqualTo(roomB.id());
        assertThat(rejected(book(world.liisa, at(world.liisa, meeting, "13:00", "OFFICE")))
                        .reason())
                .isEqualTo(RejectionReason.ROOM_UNAVAILABLE);

        world.cancel.cancel(
                world.professional(world.pekka),
                new CancelBookingCommand(inB.id(), null, ChangeReason.NO_LONGER_NEEDED, ChangeScope.THIS));

        assertThat(accepted(book(world.liisa, at(world.liisa, meeting, "13:00", "OFFICE")))
                        .time()
                        .room())
                .isEqualTo(roomB.id());
    }

    @Test
    void aRescheduledTimeKeepsItsRoomWhenFreeAndElseTakesAnotherAtThePlace() {
        Booking inA = accepted(book(world.pekka, at(world.pekka, meeting, "13:00", "OFFICE")));
        Booking movedOnto = accepted(book(world.liisa, request(world.liisa, meeting, "10:00", "OFFICE", roomA.id())));

        Booking later = reschedule(inA, World.at(0, "13:30"));
        Booking earlier = reschedule(later, World.at(0, "10:30"));

        assertThat(later.time().room()).isEqualTo(roomA.id());
        assertThat(earlier.time().room()).isEqualTo(roomB.id());
        assertThat(movedOnto.time().room()).isEqualTo(roomA.id());
    }

    private Booking reschedule(Booking booking, Instant start) {
        Outcome<List<Booking>> outcome = world.reschedule.reschedule(
                world.professional(world.pekka),
                new RescheduleBookingCommand(
                        booking.id(), null, start, null, ChangeReason.CLIENT_REQUEST, ChangeScope.THIS));
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<List<Booking>>) outcome).value().get(0);
    }

    @Test
    void thePlacesOfAGroupTimeShareOneRoomThoughAnotherIsFree() {
        Booking first = accepted(book(world.pekka, request(world.pekka, group, "13:00", "OFFICE", roomB.id())));
        SlotRequest another = new SlotRequest(
                world.pekka.id(),
                group.id(),
                World.at(0, "13:00"),
                "OFFICE",
                null,
                "C-second",
                null,
                null,
                false,
                null);

        Booking second = accepted(book(world.pekka, another));

        assertThat(first.time().room()).isEqualTo(roomB.id());
        assertThat(second.time().room()).isEqualTo(roomB.id());
        // and a meeting at the time has the other room
        assertThat(accepted(book(world.liisa, at(world.liisa, meeting, "13:00", "OFFICE")))
                        .time()
                        .room())
                .isEqualTo(roomA.id());
    }

    @Test
    void slotSearchOffersATimeInTheModeThatNeedsARoomOnlyWhileARoomAtThePlaceIsFree() {
        world.calendar.add(new WeeklyRelease(
                ReleaseId.random(),
                world.organisation,
                world.pekka.id(),
                EnumSet.of(DayOfWeek.TUESDAY),
                LocalTime.of(9, 0),
                LocalTime.of(14, 0),
                World.MONDAY,
                World.MONDAY.plusWeeks(1),
                Set.of(),
                true,
                new ReleaseTerms(Set.of(meeting.id()), Set.of(Channel.COUNSELLING), Set.of(), world.kotka.id())));
        accepted(book(
                world.liisa,
                request(world.liisa, meeting, "09:00", "OFFICE", null).at(World.at(1, "09:00"))));
        accepted(book(maria, request(maria, meeting, "09:00", "OFFICE", null).at(World.at(1, "09:00"))));
        SearchSlotsService search = new SearchSlotsService(world.catalogue, world.calendar, world.clock);

        Outcome<SlotPage> found = search.search(new SlotSearch(
                world.organisation,
                EnumSet.of(Channel.COUNSELLING),
                null,
                meeting.id(),
                null,
                null,
                null,
                null,
                world.pekka.id(),
                World.at(1, "00:00"),
                World.at(2, "00:00"),
                10,
                null));

        List<Slot> slots = ((Outcome.Accepted<SlotPage>) found)
                .value().items().stream().map(FoundSlot::slot).toList();
        assertThat(slots).extracting(slot -> slot.interval().start()).contains(World.at(1, "09:00"));
        assertThat(slots)
                .allSatisfy(slot -> assertThat(slot.contactModes())
                        .isEqualTo(
                                slot.interval().start().isBefore(World.at(1, "10:45"))
                                        ? Set.of("PHONE")
                                        : Set.of("OFFICE", "PHONE")));
        assertThat(slots).anySatisfy(slot -> assertThat(slot.contactModes()).contains("OFFICE"));
        Outcome.Rejected<Booking> refused = rejected(world.bookSlot.book(
                world.counsellor(),
                new BookSlotCommand(
                        request(world.pekka, meeting, "09:00", "OFFICE", null).at(World.at(1, "09:00")),
                        Commit.WITH_CALLER)));
        assertThat(refused.reason()).isEqualTo(RejectionReason.ROOM_UNAVAILABLE);
    }

    @Test
    void aTeamsDayViewShowsATimeThatTakesTheTeamsRoomOnceWithItsProfessionalAndElseUnderTheRoom() {
        Resource teamRoom = world.room("Perhehuone", world.kotka, "FAMILY");
        Booking pekkas = accepted(book(world.pekka, request(world.pekka, meeting, "13:00", "OFFICE", teamRoom.id())));
        Booking ollis = accepted(book(world.olli, request(world.olli, meeting, "15:00", "OFFICE", teamRoom.id())));
        ViewAgendaService agenda = new ViewAgendaService(
                world.catalogue,
                world.calendar,
                world.bookings,
                world.visibility,
                new AuditTrail(world.audit, world.clock),
                world.clock);

        Outcome<Page<Item>> day = agenda.team(world.supervisor("sari"), "FAMILY", new Days(World.MONDAY, 1), 50, null);

        assertThat(((Outcome.Accepted<Page<Item>>) day).value().items())
                .filteredOn(item -> item.booking() != null)
                .extracting(item -> item.booking().id(), item -> item.resource().name())
                .containsExactly(Tuple.tuple(pekkas.id(), "Pekka"), Tuple.tuple(ollis.id(), "Perhehuone"));
    }
}
