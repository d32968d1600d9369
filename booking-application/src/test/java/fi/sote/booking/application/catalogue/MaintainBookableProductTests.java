package fi.sote.booking.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.RescheduleBookingCommand;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.calendar.ReleaseTimeService;
import fi.sote.booking.application.calendar.SearchSlotsService;
import fi.sote.booking.application.calendar.port.in.ReleaseOnceCommand;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.SlotPage;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.catalogue.port.in.ChangeBookableProductCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductCommand;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/** Changing and retiring a bookable product, and what becomes of its bookings and slots. */
class MaintainBookableProductTests {

    private final World world = new World();
    private final MaintainBookableProductService maintain =
            new MaintainBookableProductService(world.catalogue, world.clock);
    private final ViewCatalogueService view = new ViewCatalogueService(null, world.catalogue);
    private final Actor administrator = world.as("anna-admin", Role.ADMINISTRATOR);

    /** The first visit as its registration would describe it, with other guidance and no client self-service. */
    private RegisterBookableProductCommand firstVisitWith(GuidanceText guidance, Set<Channel> channels) {
        BookableProduct product = world.firstVisit;
        return new RegisterBookableProductCommand(
                world.organisation,
                product.code(),
                product.socialService(),
                product.name(),
                product.duration(),
                product.contactModes(),
                product.capacity(),
                channels,
                product.selfService(),
                product.bufferBefore(),
                product.bufferAfter(),
                guidance,
                product.reminderBefore(),
                product.textNamesService(),
                product.roomNeededFor());
    }

    private Outcome<BookableProduct> change(Long expectedVersion, RegisterBookableProductCommand to) {
        return maintain.change(
                administrator, new ChangeBookableProductCommand(world.firstVisit.id(), expectedVersion, to));
    }

    private static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<T>) outcome).value();
    }

    private static RejectionReason reason(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.reason() : null;
    }

    @Test
    void aChangeOverTheVersionReadIsKeptWithWhoMadeItAndWhatChangedAndOneFromAnOlderReadingIsRefused() {
        GuidanceText guidance = new GuidanceText("Ota mukaan päätökset", "Ta med besluten", null);
        BookableProduct changed = accepted(change(0L, firstVisitWith(guidance, EnumSet.of(Channel.PROFESSIONAL))));

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.guidance()).isEqualTo(guidance);
        assertThat(world.catalogue.product(world.organisation, world.firstVisit.id()))
                .contains(changed);
        assertThat(reason(change(0L, firstVisitWith(world.firstVisit.guidance(), world.firstVisit.channels()))))
                .isEqualTo(RejectionReason.STALE_VERSION);
        // the same again changes nothing and keeps no record
        assertThat(accepted(change(1L, firstVisitWith(guidance, EnumSet.of(Channel.PROFESSIONAL))))
                        .version())
                .isEqualTo(1);
        List<CatalogueChange> changes =
                view.productChanges(world.organisation, world.firstVisit.id()).orElseThrow();
        assertThat(changes).singleElement().satisfies(record -> {
            assertThat(record.kind()).isEqualTo(CatalogueChange.Kind.CHANGED);
            assertThat(record.by()).isEqualTo("anna-admin");
            assertThat(record.at()).isEqualTo(World.NOW);
            assertThat(record.version()).isEqualTo(1);
            assertThat(record.fields()).containsExactly("channels", "guidance");
        });
    }

    @Test
    void whenClientSelfServiceIsTurnedOffAClientCanNoLongerBookTheProduct() {
        accepted(change(null, firstVisitWith(world.firstVisit.guidance(), EnumSet.of(Channel.COUNSELLING))));

        Outcome<Booking> byClient = world.bookSlot.book(
                world.client("maija"),
                new BookSlotCommand(
                        World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), null), Commit.WITH_CALLER));

        assertThat(reason(byClient)).isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
        world.booked(world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), "C-1"));
    }

    @Test
    void aRetiredProductIsNeitherOfferedNorBookedNorChangedWhileItsBookingsAreStillMovedAndCancelled() {
        Booking made = world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), "C-1"));

        BookableProduct retired = accepted(maintain.retire(administrator, world.firstVisit.id(), 0L));

        assertThat(retired.retired()).isTrue();
        assertThat(retired.version()).isEqualTo(1);
        assertThat(reason(world.bookSlot.book(
                        world.counsellor(),
                        new BookSlotCommand(
                                World.request(world.pekka, world.firstVisit, World.at(0, "10:00"), "C-2"),
                                Commit.WITH_CALLER))))
                .isEqualTo(RejectionReason.PRODUCT_RETIRED);
        assertThat(offered(world.firstVisit.id())).isEmpty();
        assertThat(reason(new ReleaseTimeService(world.catalogue, world.calendar)
                        .release(
                                world.professional(world.pekka),
                                new ReleaseOnceCommand(
                                        world.pekka.id(),
                                        new TimeInterval(World.at(1, "09:00"), World.at(1, "12:00")),
                                        new ReleaseTerms(
                                                Set.of(world.firstVisit.id()),
                                                Set.of(Channel.COUNSELLING),
                                                Set.of(),
                                                null)))))
                .isEqualTo(RejectionReason.PRODUCT_RETIRED);
        assertThat(reason(change(null, firstVisitWith(world.firstVisit.guidance(), world.firstVisit.channels()))))
                .isEqualTo(RejectionReason.PRODUCT_RETIRED);
        // retiring again without a version answers it as it is
        assertThat(accepted(maintain.retire(administrator, world.firstVisit.id(), null)))
                .isEqualTo(retired);
        assertThat(view.productChanges(world.organisation, world.firstVisit.id())
                        .orElseThrow())
                .extracting(CatalogueChange::kind)
                .containsExactly(CatalogueChange.Kind.RETIRED);

        Outcome<List<Booking>> moved = world.reschedule.reschedule(
                world.counsellor(),
                new RescheduleBookingCommand(
                        made.id(), null, World.at(0, "10:00"), null, ChangeReason.CLIENT_REQUEST, ChangeScope.THIS));
        Booking replacement = accepted(moved).get(0);
        assertThat(accepted(world.cancel.cancel(
                        world.counsellor(),
                        new CancelBookingCommand(
                                replacement.id(), null, ChangeReason.NO_LONGER_NEEDED, ChangeScope.THIS))))
                .hasSize(1);
    }

    @Test
    void aProductNotOfTheOrganisationIsNotFoundAndOneNeverChangedHasNoChanges() {
        BookableProductId unknown = BookableProductId.random();

        assertThat(maintain.retire(administrator, unknown, null)).isInstanceOf(Outcome.NotFound.class);
        assertThat(view.productChanges(world.organisation, unknown)).isEmpty();
        assertThat(view.productChanges(world.organisation, world.parentGroup.id()))
                .hasValue(List.of());
    }

    private List<Instant> offered(BookableProductId product) {
        SearchSlotsService search = new SearchSlotsService(world.catalogue, world.calendar, world.clock);
        Outcome<SlotPage> found = search.search(new SlotSearch(
                world.organisation,
                EnumSet.of(Channel.COUNSELLING),
                null,
                product,
                null,
                null,
                null,
                null,
                null,
                World.at(0, "00:00"),
                World.at(7, "00:00"),
                10,
                null));
        return accepted(found).items().stream()
                .map(slot -> slot.slot().interval().start())
                .toList();
    }

    @Test
    void aChangeLeavesTheTimeOfBookingsAlreadyMade() {
        Booking made = world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), "C-1"));
        RegisterBookableProductCommand longer =
                firstVisitWith(world.firstVisit.guidance(), world.firstVisit.channels());
        longer = new RegisterBookableProductCommand(
                longer.organisation(),
                longer.code(),
                longer.socialService(),
                longer.name(),
                Duration.ofMinutes(90),
                longer.contactModes(),
                longer.capacity(),
                longer.channels(),
                longer.selfService(),
                longer.bufferBefore(),
                longer.bufferAfter(),
                longer.guidance(),
                longer.reminderBefore(),
                longer.textNamesService(),
                longer.roomNeededFor());

        assertThat(accepted(change(null, longer)).duration()).isEqualTo(Duration.ofMinutes(90));

        assertThat(world.current(made).time()).isEqualTo(made.time());
    }

    @Test
    void clientSelfServiceTurnedOnFromADayIsNeitherOfferedNorBookedBeforeItWhileCounsellingBooksAtOnce() {
        RegisterBookableProductCommand now = firstVisitWith(world.firstVisit.guidance(), world.firstVisit.channels());
        LocalDate opening = LocalDate.of(2026, 11, 25);
        RegisterBookableProductCommand fromWednesday = new RegisterBookableProductCommand(
                now.organisation(),
                now.code(),
                now.socialService(),
                now.name(),
                now.duration(),
                now.contactModes(),
                now.capacity(),
                now.channels(),
                now.selfService(),
                now.bufferBefore(),
                now.bufferAfter(),
                now.guidance(),
                now.reminderBefore(),
                now.textNamesService(),
                now.roomNeededFor(),
                Map.of(Channel.CLIENT_SELF_SERVICE, opening));

        BookableProduct changed = accepted(change(0L, fromWednesday));
        assertThat(changed.channelsFrom()).containsExactly(Map.entry(Channel.CLIENT_SELF_SERVICE, opening));
        assertThat(view.productChanges(world.organisation, world.firstVisit.id())
                        .orElseThrow())
                .singleElement()
                .satisfies(record -> assertThat(record.fields()).containsExactly("channelsFrom"));

        SlotRequest byClient = World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), null);
        Outcome<Booking> early =
                world.bookSlot.book(world.client("maija"), new BookSlotCommand(byClient, Commit.WITH_CALLER));
        assertThat(reason(early)).isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
        assertThat(((Outcome.Rejected<?>) early).detail()).contains("from 2026-11-25");
        assertThat(offeredTo(Channel.CLIENT_SELF_SERVICE)).isEmpty();
        assertThat(offeredTo(Channel.COUNSELLING)).isNotEmpty();
        world.booked(world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "10:00"), "C-1"));

        // on the day (in Finland) it opens
        world.clock.set(opening.atStartOfDay(BookingTime.ZONE).toInstant());
        assertThat(offeredTo(Channel.CLIENT_SELF_SERVICE)).contains(World.at(0, "09:00"));
        accepted(world.bookSlot.book(world.client("maija"), new BookSlotCommand(byClient, Commit.WITH_CALLER)));
    }

    private List<Instant> offeredTo(Channel channel) {
        SearchSlotsService search = new SearchSlotsService(world.catalogue, world.calendar, world.clock);
        return accepted(search.search(new SlotSearch(
                        world.organisation,
                        EnumSet.of(channel),
                        null,
                        world.firstVisit.id(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        World.at(0, "00:00"),
                        World.at(7, "00:00"),
                        10,
                        null)))
                .items()
                .stream()
                .map(slot -> slot.slot().interval().start())
                .toList();
    }
}
