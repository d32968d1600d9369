package fi.sote.booking.application.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.ConfirmHoldCommand;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.OneOffRelease;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/** Holding and booking one time, through every channel, against fakes of the ports. */
class BookSlotServiceTests {

    private final World world = new World();

    private Outcome<Booking> book(Actor actor, SlotRequest request) {
        return world.bookSlot.book(actor, new BookSlotCommand(request, Commit.WITH_CALLER));
    }

    private Outcome<Booking> hold(Actor actor, SlotRequest request) {
        return world.bookSlot.hold(actor, new BookSlotCommand(request, Commit.WITH_CALLER));
    }

    private static RejectionReason reason(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.reason() : null;
    }

    private SlotRequest firstVisitAt(Instant start, String client) {
        return World.request(world.pekka, world.firstVisit, start, client);
    }

    @Test
    void aCounsellorBooksAReleasedFirstContactAtItsServicePointAndItsEventIsRecorded() {
        Booking booking = world.booked(world.counsellor(), firstVisitAt(World.at(0, "09:00"), "ASIAKAS-1"));

        assertThat(booking.channel()).isEqualTo(Channel.COUNSELLING);
        assertThat(booking.bookedBy()).isEqualTo("kaisa");
        assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(booking.time().servicePoint()).isEqualTo(world.kotka.id());
        assertThat(booking.clientLanguage()).isEqualTo("fi");
        assertThat(world.bookings.events()).extracting(BookingEvent::type).containsExactly(BookingEvent.Type.BOOKED);
    }

    @Test
    void makingABookingThatShowsItsClientIsLoggedWithTheBookingAndARefusalOrAMaskedAnswerIsNot() {
        Booking booking = world.booked(world.counsellor(), firstVisitAt(World.at(0, "09:00"), "ASIAKAS-1"));

        assertThat(world.audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditEntry.Kind.ACCESS);
            assertThat(entry.operation()).isEqualTo("bookSlot");
            assertThat(entry.subject()).isEqualTo("kaisa");
            assertThat(entry.client()).isEqualTo("ASIAKAS-1");
            assertThat(entry.records())
                    .containsExactly("booking:" + booking.id().value());
        });

        assertThat(reason(book(world.counsellor(), firstVisitAt(World.at(0, "09:00"), "ASIAKAS-2"))))
                .isEqualTo(RejectionReason.SLOT_TAKEN);
        assertThat(world.audit.entries()).as("nothing stored, nothing shown").hasSize(1);

        hold(world.counsellor(), firstVisitAt(World.at(0, "10:00"), "ASIAKAS-3"));
        assertThat(world.audit.entries())
                .last()
                .extracting(AuditEntry::operation)
                .isEqualTo("holdSlot");

        // an integration whose token may not read bookings is answered without the client: nothing to log
        Actor writesOnly = new Actor(
                world.organisation, "regional-system", Set.of(Role.INTEGRATION), null, null, "regional", false);
        assertThat(book(writesOnly, firstVisitAt(World.at(0, "11:00"), "ASIAKAS-4")))
                .isInstanceOf(Outcome.Accepted.class);
        assertThat(world.audit.entries()).hasSize(2);

        // one that may: the access, and the disclosure to its application
        Actor reads = new Actor(
                world.organisation, "regional-system", Set.of(Role.INTEGRATION), null, null, "regional", true);
        assertThat(book(reads, firstVisitAt(World.at(2, "09:00"), "ASIAKAS-5"))).isInstanceOf(Outcome.Accepted.class);
        assertThat(world.audit.entries()).hasSize(4).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditEntry.Kind.DISCLOSURE);
            assertThat(entry.recipient()).isEqualTo("regional");
            assertThat(entry.client()).isEqualTo("ASIAKAS-5");
        });
    }

    @Test
    void aBookingMadeAloneIsCommittedOnItsOwnAndOneWithTheCallerIsNot() {
        Outcome<Booking> alone = world.bookSlot.book(
                world.counsellor(), new BookSlotCommand(firstVisitAt(World.at(0, "09:00"), "A"), Commit.ALONE));
        Booking withCaller = world.booked(world.counsellor(), firstVisitAt(World.at(0, "10:00"), "B"));

        assertThat(world.bookings.committedAlone())
                .containsExactly(((Outcome.Accepted<Booking>) alone).value().id())
                .doesNotContain(withCaller.id());
    }

    @Test
    void aTimeIsTakenOnceAndTheClientIsNotBookedTwiceAtOnceUnlessAProfessionalOverrides() {
        world.booked(world.counsellor(), firstVisitAt(World.at(0, "09:00"), "A"));

        assertThat(reason(book(world.counsellor(), firstVisitAt(World.at(0, "09:00"), "B"))))
                .isEqualTo(RejectionReason.SLOT_TAKEN);
        SlotRequest liisasTime = World.request(world.liisa, world.firstVisit, World.at(0, "09:00"), "A");
        assertThat(reason(book(world.professional(world.liisa), liisasTime)))
                .isEqualTo(RejectionReason.CLIENT_ALREADY_BOOKED);
        SlotRequest overriding = new SlotRequest(
                world.liisa.id(),
                world.firstVisit.id(),
                World.at(0, "09:00"),
                "OFFICE",
                null,
                "A",
                null,
                null,
                true,
                null);
        assertThat(reason(book(world.counsellor(), overriding))).isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(world.booked(world.professional(world.liisa), overriding).clientOverlapAllowed())
                .isTrue();
    }

    @Test
    void aGroupTimeTakesItsCapacityAndNoMore() {
        for (String client : new String[] {"A", "B", "C"}) {
            world.booked(
                    world.counsellor(), World.request(world.pekka, world.parentGroup, World.at(2, "10:00"), client));
        }
        assertThat(reason(book(
                        world.counsellor(), World.request(world.pekka, world.parentGroup, World.at(2, "10:00"), "D"))))
                .isEqualTo(RejectionReason.GROUP_FULL);
    }

    @Test
    void aClientBooksOnlyReleasedSelfServiceTimesForThemselvesOrTheirChildWithinTheWindow() {
        Actor maija = world.client("maija");
        Booking own = world.booked(maija, firstVisitAt(World.at(0, "09:00"), null));
        assertThat(own.client()).isEqualTo("maija");
        assertThat(own.channel()).isEqualTo(Channel.CLIENT_SELF_SERVICE);

        world.recordClient("child-of-maija", false, "maija");
        assertThat(world.booked(maija, firstVisitAt(World.at(0, "10:00"), "child-of-maija"))
                        .client())
                .isEqualTo("child-of-maija");
        assertThat(reason(book(maija, firstVisitAt(World.at(0, "11:00"), "someone-else"))))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);

        // Tuesday is not released; tomorrow's Wednesday is released but inside the 24 h notice only next week
        assertThat(reason(book(maija, firstVisitAt(World.at(1, "09:00"), null))))
                .isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
        world.clock.set(World.at(2, "08:00").minus(Duration.ofHours(1)));
        assertThat(reason(book(maija, firstVisitAt(World.at(2, "09:00"), null))))
                .isEqualTo(RejectionReason.OUTSIDE_BOOKING_WINDOW);
    }

    @Test
    void aProfessionalBooksUnreleasedTimeInTheirOwnCalendarOnlyAndABlockingEntryKeepsEveryoneOut() {
        SlotRequest tuesday = firstVisitAt(World.at(1, "13:00"), "A");
        assertThat(world.booked(world.professional(world.pekka), tuesday).time().servicePoint())
                .isNull();
        assertThat(reason(book(world.professional(world.liisa), firstVisitAt(World.at(1, "15:00"), "B"))))
                .isEqualTo(RejectionReason.NOT_YOUR_CALENDAR);
        assertThat(world.booked(world.supervisor("sari"), firstVisitAt(World.at(1, "15:00"), "B")))
                .isNotNull();

        world.calendar.add(new CalendarEntry(
                CalendarEntryId.random(),
                world.organisation,
                world.pekka.id(),
                "MEETING",
                true,
                new TimeInterval(World.at(0, "11:00"), World.at(0, "12:00")),
                null,
                0));
        assertThat(reason(book(world.counsellor(), firstVisitAt(World.at(0, "11:00"), "C"))))
                .isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
    }

    @Test
    void aTimeReleasedThroughAnotherInstanceIsBookedFromTheReleasesAsTheyAreNow() {
        Instant tuesday = World.at(1, "09:00");
        world.calendar.releaseElsewhere(new OneOffRelease(
                ReleaseId.random(),
                world.organisation,
                world.pekka.id(),
                new TimeInterval(tuesday, tuesday.plus(Duration.ofHours(1))),
                new ReleaseTerms(Set.of(world.firstVisit.id()), EnumSet.of(Channel.COUNSELLING), Set.of(), null)));

        assertThat(world.booked(world.counsellor(), firstVisitAt(tuesday, "A"))
                        .time()
                        .interval()
                        .start())
                .isEqualTo(tuesday);
    }

    @Test
    void aReleaseWithdrawnThroughAnotherInstanceIsFoundOutWhenTheBookingIsStored() {
        world.calendar.withdrawElsewhere(world.pekkasRelease.id());

        assertThat(reason(book(world.counsellor(), firstVisitAt(World.at(0, "09:00"), "A"))))
                .isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
        assertThat(world.bookings.events()).isEmpty();
    }

    @Test
    void aProfessionalsBookingInUnreleasedTimeSeesAReleaseMadeElsewhereAndTakesItsServicePoint() {
        Instant tuesday = World.at(1, "09:00");
        world.calendar.releaseElsewhere(new OneOffRelease(
                ReleaseId.random(),
                world.organisation,
                world.pekka.id(),
                new TimeInterval(tuesday, tuesday.plus(Duration.ofHours(1))),
                new ReleaseTerms(
                        Set.of(world.firstVisit.id()), EnumSet.of(Channel.PROFESSIONAL), Set.of(), world.kotka.id())));

        Booking booked = world.booked(world.professional(world.pekka), firstVisitAt(tuesday, "A"));

        assertThat(booked.time().servicePoint()).isEqualTo(world.kotka.id());
    }

    @Test
    void aClientHoldsOnlyAFewTimesAtOnceAndStaffHoldAsTheyNeed() {
        Actor maija = world.client("maija");
        assertThat(hold(maija, firstVisitAt(World.at(0, "09:00"), null))).isInstanceOf(Outcome.Accepted.class);
        assertThat(hold(maija, firstVisitAt(World.at(0, "10:00"), null))).isInstanceOf(Outcome.Accepted.class);

        assertThat(reason(hold(maija, firstVisitAt(World.at(2, "09:00"), null))))
                .as("the World allows two at once")
                .isEqualTo(RejectionReason.TOO_MANY_HOLDS);
        assertThat(hold(world.counsellor(), firstVisitAt(World.at(2, "09:00"), "maija")))
                .isInstanceOf(Outcome.Accepted.class);

        world.clock.advance(Duration.ofMinutes(10));
        assertThat(hold(maija, firstVisitAt(World.at(2, "10:00"), null)))
                .as("lapsed holds do not count")
                .isInstanceOf(Outcome.Accepted.class);
    }

    @Test
    void aHoldKeepsOthersOutUntilItLapsesAndIsBookedOnlyWhileHeld() {
        Booking hold =
                ((Outcome.Accepted<Booking>) hold(world.counsellor(), firstVisitAt(World.at(0, "09:00"), "A"))).value();
        assertThat(hold.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(hold.holdExpiresAt()).isEqualTo(World.NOW.plus(Duration.ofMinutes(10)));
        assertThat(reason(book(world.counsellor(), firstVisitAt(World.at(0, "09:00"), "B"))))
                .isEqualTo(RejectionReason.SLOT_TAKEN);

        Outcome<Booking> confirmed = world.bookSlot.confirm(world.counsellor(), new ConfirmHoldCommand(hold.id(), 0L));
        assertThat(((Outcome.Accepted<Booking>) confirmed).value().status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(reason(world.bookSlot.confirm(world.counsellor(), new ConfirmHoldCommand(hold.id(), null))))
                .isEqualTo(RejectionReason.INVALID_TRANSITION);

        Booking lapsing =
                ((Outcome.Accepted<Booking>) hold(world.counsellor(), firstVisitAt(World.at(0, "10:00"), "C"))).value();
        world.clock.advance(Duration.ofMinutes(10));
        assertThat(reason(world.bookSlot.confirm(world.counsellor(), new ConfirmHoldCommand(lapsing.id(), null))))
                .isEqualTo(RejectionReason.HOLD_EXPIRED);
        world.booked(world.counsellor(), firstVisitAt(World.at(0, "10:00"), "D"));
        assertThat(world.current(lapsing).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(world.current(lapsing).lastChange().reason()).isEqualTo(ChangeReason.HOLD_EXPIRED);
    }

    @Test
    void aClientNamedByPersonalIdentityCodeIsBookedUnderItsPseudonym() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("code", "131052-308T");
        SlotRequest byCode = new SlotRequest(
                world.pekka.id(),
                world.firstVisit.id(),
                World.at(0, "09:00"),
                "OFFICE",
                null,
                null,
                "sv",
                "Perhe toivoo ruotsia",
                false,
                code);

        Booking booking = world.booked(world.counsellor(), byCode);

        assertThat(booking.client()).startsWith("hetu:").doesNotContain("131052");
        assertThat(world.identities.codeOf(world.organisation, booking.client()))
                .contains(code);
        assertThat(reason(book(world.client("maija"), byCode))).isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
    }

    @Test
    void aRequestTheCallersRolesCannotMakeOrThatLacksWhatItNeedsIsRefused() {
        assertThat(reason(book(world.as("aino", Role.ADMINISTRATOR), firstVisitAt(World.at(0, "09:00"), "A"))))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThatThrownBy(() -> book(world.counsellor(), firstVisitAt(World.at(0, "09:00"), null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("client");
        assertThatThrownBy(() -> book(world.counsellor(), firstVisitAt(World.NOW.minusSeconds(60), "A")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("start");
        SlotRequest noMode = new SlotRequest(
                world.pekka.id(),
                world.firstVisit.id(),
                World.at(0, "09:00"),
                null,
                null,
                "A",
                null,
                null,
                false,
                null);
        assertThatThrownBy(() -> book(world.counsellor(), noMode))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("contactMode");
        SlotRequest unknownProduct = new SlotRequest(
                world.pekka.id(),
                BookableProductId.random(),
                World.at(0, "09:00"),
                "OFFICE",
                null,
                "A",
                null,
                null,
                false,
                null);
        assertThat(reason(book(world.counsellor(), unknownProduct))).isEqualTo(RejectionReason.UNKNOWN_REFERENCE);
    }
}
