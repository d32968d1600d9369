package fi.sote.booking.application.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.ConfirmHoldCommand;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.waitlist.port.in.JoinWaitlistCommand;
import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase.Filter;
import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase.Waiting;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.WeeklyRelease;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;
import fi.sote.booking.domain.waitlist.WaitlistEntry;
import fi.sote.booking.domain.waitlist.WaitlistStatus;

/**
 * The waitlist in the world of fakes: Pekka's Monday 30 November (9-12, three first visits) is fully booked, and
 * clients wait for a first visit that day.
 */
class WaitlistTests {

    private final World world = new World();
    private final WaitlistService waitlist = world.waitlistService;
    private final Actor anna = world.client("anna");
    private final Actor bertta = world.client("bertta");
    private Booking atTen;

    @BeforeEach
    void fullyBooked() {
        for (String time : List.of("09:00", "10:00", "11:00")) {
            Booking booked = world.booked(
                    world.counsellor(),
                    World.request(world.pekka, world.firstVisit, World.at(0, time), "taken-" + time));
            if (time.equals("10:00")) {
                atTen = booked;
            }
        }
    }

    private Waiting join(Actor actor, String client) {
        Outcome<Waiting> joined = waitlist.join(
                actor,
                new JoinWaitlistCommand(
                        world.firstVisit.id(), null, World.MONDAY, World.MONDAY, "OFFICE", null, client, null));
        assertThat(joined).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<Waiting>) joined).value();
    }

    private Waiting read(Actor actor, Waiting waiting) {
        return ((Outcome.Accepted<Waiting>)
                        waitlist.entry(actor, waiting.entry().id()))
                .value();
    }

    private void freeTheTimeAtTen() {
        world.cancel.cancel(
                world.counsellor(), new CancelBookingCommand(atTen.id(), null, ChangeReason.CLIENT_REQUEST, null));
    }

    @Test
    void aFreedTimeIsOfferedToWhoeverJoinedFirstAndWhenLetGoToTheNext() {
        Waiting first = join(anna, null);
        world.clock.advance(Duration.ofMinutes(1));
        Waiting second = join(bertta, null);
        assertThat(first.place()).isEqualTo(1);
        assertThat(second.place()).isEqualTo(2);
        assertThat(waitlist.offerFreedTimes()).as("nothing is free yet").isZero();

        freeTheTimeAtTen();
        assertThat(waitlist.offerFreedTimes()).isEqualTo(1);
        Waiting offered = read(anna, first);
        assertThat(offered.entry().status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered.offer().status()).isEqualTo(BookingStatus.PENDING);
        assertThat(offered.offer().client()).isEqualTo("anna");
        assertThat(offered.offer().channel()).isEqualTo(Channel.CLIENT_SELF_SERVICE);
        assertThat(offered.offer().time().interval().start()).isEqualTo(World.at(0, "10:00"));
        // a day from now, well before the two days before the time when clients may still change it
        assertThat(offered.entry().offeredUntil())
                .isEqualTo(World.NOW.plus(Duration.ofMinutes(1)).plus(Duration.ofDays(1)));
        assertThat(world.waitlist.events)
                .containsExactly("waitlist.offered " + first.entry().id());
        assertThat(read(bertta, second).entry().status()).isEqualTo(WaitlistStatus.WAITING);

        // Anna lets the time go: it goes to Bertta, and is never offered to Anna again
        world.cancel.cancel(
                anna, new CancelBookingCommand(offered.offer().id(), null, ChangeReason.HOLD_RELEASED, null));
        assertThat(waitlist.offerFreedTimes()).isEqualTo(1);
        Waiting annaAfter = read(anna, first);
        assertThat(annaAfter.entry().status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(annaAfter.entry().passedOn(world.pekka.id(), World.at(0, "10:00")))
                .isTrue();
        assertThat(annaAfter.place()).as("Anna keeps her place for other times").isEqualTo(1);
        Waiting toBertta = read(bertta, second);
        assertThat(toBertta.entry().status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(toBertta.offer().client()).isEqualTo("bertta");

        // Bertta confirms the hold: her wait is over, even if she withdraws before the next round sees it
        assertThat(world.bookSlot.confirm(
                        bertta, new ConfirmHoldCommand(toBertta.offer().id(), null)))
                .isInstanceOf(Outcome.Accepted.class);
        assertThat(waitlist.withdraw(bertta, second.entry().id(), null))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.ALREADY_CLOSED));
        assertThat(world.current(toBertta.offer()).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(waitlist.offerFreedTimes()).isZero();
        Waiting booked = read(bertta, second);
        assertThat(booked.entry().status()).isEqualTo(WaitlistStatus.BOOKED);
        assertThat(booked.entry().closedAt()).isEqualTo(World.NOW.plus(Duration.ofMinutes(1)));
        assertThat(booked.place()).isNull();
        assertThat(read(anna, first).place()).isEqualTo(1);
    }

    @Test
    void aWaitForASocialServiceIsOfferedATimeOfAnyOfItsProductsInTheSameFairOrder() {
        Outcome<Waiting> joined = waitlist.join(
                anna,
                new JoinWaitlistCommand(
                        null, world.familyCounselling.id(), World.MONDAY, World.MONDAY, "OFFICE", null, null, null));
        Waiting first = ((Outcome.Accepted<Waiting>) joined).value();
        assertThat(first.entry().socialService()).isEqualTo(world.familyCounselling.id());
        world.clock.advance(Duration.ofMinutes(1));
        Waiting second = join(bertta, null);
        assertThat(first.place()).as("the service's line").isEqualTo(1);
        assertThat(second.place()).as("the product's line").isEqualTo(1);

        freeTheTimeAtTen();
        assertThat(waitlist.offerFreedTimes()).isEqualTo(1);
        Waiting offered = read(anna, first);
        assertThat(offered.entry().status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered.offer().time().interval().start()).isEqualTo(World.at(0, "10:00"));
        assertThat(offered.offer().time().product()).isIn(world.firstVisit.id(), world.parentGroup.id());
        assertThat(offered.offer().time().contactMode()).isEqualTo("OFFICE");
        assertThat(read(bertta, second).entry().status())
                .as("joined later, though for the product itself")
                .isEqualTo(WaitlistStatus.WAITING);

        // the service's products are given as OFFICE and PHONE: the mode is needed
        assertThatThrownBy(() -> waitlist.join(
                        bertta,
                        new JoinWaitlistCommand(
                                null,
                                world.familyCounselling.id(),
                                World.MONDAY,
                                World.MONDAY,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("contactMode"));
    }

    @Test
    void aNewReleaseIsOfferedToWhoeverWaitsForItsDays() {
        LocalDate tuesday = World.MONDAY.plusDays(1);
        Waiting waiting = ((Outcome.Accepted<Waiting>) waitlist.join(
                        anna,
                        new JoinWaitlistCommand(
                                world.firstVisit.id(), null, tuesday, tuesday, "PHONE", null, null, null)))
                .value();
        assertThat(waitlist.offerFreedTimes())
                .as("nobody works on Tuesdays yet")
                .isZero();

        world.calendar.add(new WeeklyRelease(
                ReleaseId.random(),
                world.organisation,
                world.liisa.id(),
                EnumSet.of(DayOfWeek.TUESDAY),
                LocalTime.of(13, 0),
                LocalTime.of(14, 0),
                tuesday,
                tuesday,
                Set.of(),
                true,
                new ReleaseTerms(Set.of(world.firstVisit.id()), Set.of(Channel.CLIENT_SELF_SERVICE), Set.of(), null)));
        assertThat(waitlist.offerFreedTimes()).isEqualTo(1);
        Waiting offered = read(anna, waiting);
        assertThat(offered.offer().time().resource()).isEqualTo(world.liisa.id());
        assertThat(offered.offer().time().interval().start()).isEqualTo(World.at(1, "13:00"));
        assertThat(offered.offer().time().contactMode()).isEqualTo("PHONE");
    }

    @Test
    void anOfferNotTakenLapsesAndTheTimeGoesToTheNextInLine() {
        Waiting first = join(anna, null);
        world.clock.advance(Duration.ofMinutes(1));
        Waiting second = join(bertta, null);
        freeTheTimeAtTen();
        waitlist.offerFreedTimes();
        Instant until = read(anna, first).entry().offeredUntil();

        world.clock.set(until.minusSeconds(1));
        assertThat(waitlist.offerFreedTimes()).as("the offer still stands").isZero();
        world.clock.set(until);
        assertThat(waitlist.offerFreedTimes()).isEqualTo(1);
        assertThat(read(anna, first).entry().status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(read(anna, first).entry().offers()).isEqualTo(1);
        assertThat(read(bertta, second).offer().time().interval().start()).isEqualTo(World.at(0, "10:00"));
    }

    @Test
    void aClientIsOfferedATimeOnlyWhileTheyMayStillChangeTheBooking() {
        // two days and a half before the time: the product lets clients change it until 48 hours before
        world.clock.set(World.at(0, "10:00").minus(Duration.ofHours(60)));
        Waiting first = join(anna, null);
        world.clock.advance(Duration.ofMinutes(1));
        Waiting second = join(bertta, null);
        freeTheTimeAtTen();
        assertThat(waitlist.offerFreedTimes()).isEqualTo(1);
        Waiting offered = read(anna, first);
        Instant deadline = World.at(0, "10:00").minus(Duration.ofHours(48));
        assertThat(offered.entry().offeredUntil()).isEqualTo(deadline);

        // past the deadline nobody could take it in self-service: it lapses and is offered to no client
        world.clock.set(deadline);
        assertThat(waitlist.offerFreedTimes()).isZero();
        assertThat(read(anna, first).entry().status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(read(bertta, second).entry().status()).isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    void aClientIsOfferedTheFirstTimeTheyMayStillChangeThoughSoonerOnesAreFree() {
        // Monday noon: Wednesday's three free times are within the product's 48-hour change deadline
        world.clock.set(World.at(0, "12:00"));
        Waiting waiting = ((Outcome.Accepted<Waiting>) waitlist.join(
                        anna,
                        new JoinWaitlistCommand(
                                world.firstVisit.id(),
                                null,
                                World.MONDAY.plusDays(2),
                                World.MONDAY.plusDays(7),
                                "OFFICE",
                                null,
                                null,
                                null)))
                .value();
        assertThat(waitlist.offerFreedTimes()).isEqualTo(1);
        assertThat(read(anna, waiting).offer().time().interval().start()).isEqualTo(World.at(7, "09:00"));
    }

    @Test
    void aCounsellorJoinsForAClientWhoseOfferIsHeldThroughCounsellingUntilTheTimeStarts() {
        assertThatThrownBy(() -> waitlist.join(
                        world.counsellor(),
                        new JoinWaitlistCommand(
                                world.firstVisit.id(), null, World.MONDAY, World.MONDAY, "PHONE", "fi", null, null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("client"));
        Waiting waiting = join(world.counsellor(), "cecilia");
        assertThat(waiting.entry().channel()).isEqualTo(Channel.COUNSELLING);
        assertThat(waiting.entry().joinedBy()).isEqualTo("kaisa");

        world.clock.set(World.at(0, "08:00"));
        freeTheTimeAtTen();
        assertThat(waitlist.offerFreedTimes()).isEqualTo(1);
        Waiting offered = read(world.counsellor(), waiting);
        assertThat(offered.offer().channel()).isEqualTo(Channel.COUNSELLING);
        assertThat(offered.entry().offeredUntil()).isEqualTo(World.at(0, "10:00"));
        assertThat(world.bookSlot.confirm(
                        world.counsellor(),
                        new ConfirmHoldCommand(offered.offer().id(), null)))
                .isInstanceOf(Outcome.Accepted.class);
    }

    @Test
    void withdrawingLetsAnOfferGoAtOnce() {
        Waiting waiting = join(anna, null);
        freeTheTimeAtTen();
        waitlist.offerFreedTimes();
        Waiting offered = read(anna, waiting);

        assertThat(waitlist.withdraw(anna, waiting.entry().id(), 0L))
                .as("stale version")
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.STALE_VERSION));
        Outcome<Waiting> withdrawn =
                waitlist.withdraw(anna, waiting.entry().id(), offered.entry().version());
        assertThat(((Outcome.Accepted<Waiting>) withdrawn).value().entry().status())
                .isEqualTo(WaitlistStatus.WITHDRAWN);
        assertThat(world.current(offered.offer()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(world.current(offered.offer()).lastChange().reason()).isEqualTo(ChangeReason.HOLD_RELEASED);
        assertThat(waitlist.withdraw(anna, waiting.entry().id(), null))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.ALREADY_CLOSED));
        // the time is free for anyone again
        assertThat(world.bookSlot.book(
                        world.counsellor(),
                        new BookSlotCommand(
                                World.request(world.pekka, world.firstVisit, World.at(0, "10:00"), "dora"),
                                Commit.WITH_CALLER)))
                .isInstanceOf(Outcome.Accepted.class);
    }

    @Test
    void aWaitWhoseDaysHavePassedEnds() {
        Waiting waiting = join(anna, null);
        world.clock.set(World.at(1, "00:00"));
        assertThat(waitlist.offerFreedTimes()).isZero();
        Waiting ended = read(anna, waiting);
        assertThat(ended.entry().status()).isEqualTo(WaitlistStatus.ENDED);
        assertThat(ended.entry().closedAt()).isEqualTo(World.at(1, "00:00"));
    }

    @Test
    void joiningIsForTheClientThemselvesOrTheirChildAndOnceAProduct() {
        join(anna, null);
        assertThat(waitlist.join(
                        anna,
                        new JoinWaitlistCommand(
                                world.firstVisit.id(),
                                null,
                                World.MONDAY,
                                World.MONDAY.plusDays(3),
                                "PHONE",
                                null,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.ALREADY_WAITING));
        assertThat(waitlist.join(
                        anna,
                        new JoinWaitlistCommand(
                                world.firstVisit.id(),
                                null,
                                World.MONDAY,
                                World.MONDAY,
                                "OFFICE",
                                null,
                                "stranger",
                                null)))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("client"));
        world.recordClient("eemil", false, "anna");
        assertThat(join(anna, "eemil").entry().client()).isEqualTo("eemil");
        Outcome<List<Waiting>> mine = waitlist.list(anna, new Filter(null, Set.of(), 100));
        assertThat(((Outcome.Accepted<List<Waiting>>) mine).value())
                .extracting(waiting -> waiting.entry().client())
                .containsExactlyInAnyOrder("anna", "eemil");
        assertThat(((Outcome.Accepted<List<Waiting>>) waitlist.list(bertta, new Filter(null, Set.of(), 100))).value())
                .isEmpty();
        assertThat(waitlist.entry(
                        bertta,
                        ((Outcome.Accepted<List<Waiting>>) mine)
                                .value()
                                .get(0)
                                .entry()
                                .id()))
                .isInstanceOf(Outcome.NotFound.class);

        assertThat(waitlist.join(
                        world.as("pekka", Role.PROFESSIONAL),
                        new JoinWaitlistCommand(
                                world.firstVisit.id(), null, World.MONDAY, World.MONDAY, "OFFICE", null, "anna", null)))
                .isInstanceOf(Outcome.Rejected.class);
        for (String mode : new String[] {"VIDEO", null}) {
            assertThatThrownBy(() -> waitlist.join(
                            bertta,
                            new JoinWaitlistCommand(
                                    world.firstVisit.id(), null, World.MONDAY, World.MONDAY, mode, null, null, null)))
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("contactMode"));
        }
        assertThatThrownBy(() -> waitlist.join(
                        bertta,
                        new JoinWaitlistCommand(
                                world.firstVisit.id(),
                                null,
                                World.MONDAY,
                                World.MONDAY.minusDays(1),
                                "OFFICE",
                                null,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void theFairOrderIsByTheMomentOfJoiningThenById() {
        Waiting first = join(anna, null);
        Waiting second = join(bertta, null);
        assertThat(WaitlistEntry.FAIR_ORDER.compare(first.entry(), second.entry()))
                .isEqualTo(
                        first.entry().id().value().compareTo(second.entry().id().value()));
        Outcome<List<Waiting>> line = waitlist.list(
                world.counsellor(), new Filter(world.firstVisit.id().value(), Set.of(), 10));
        assertThat(((Outcome.Accepted<List<Waiting>>) line).value())
                .extracting(Waiting::place)
                .containsExactly(1, 2);
        assertThat(world.audit.entries())
                .filteredOn(entry -> "listWaitlist".equals(entry.operation()))
                .extracting(entry -> entry.client())
                .containsExactlyInAnyOrder("anna", "bertta");
    }
}
