package fi.sote.booking.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.calendar.port.in.KeepCalendarFeedsUseCase.CreatedFeed;
import fi.sote.booking.application.calendar.port.in.ReadCalendarFeedQuery.Block;
import fi.sote.booking.application.fakes.InMemoryCalendarFeeds;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.CalendarFeed;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.shared.RejectionReason;

/** Calendar feeds: who makes them, what their secret is, and which busy times they show. */
class CalendarFeedServiceTests {

    private final World world = new World();
    private final InMemoryCalendarFeeds feeds = new InMemoryCalendarFeeds();
    private final CalendarFeedService service =
            new CalendarFeedService(world.catalogue, feeds, world.calendar, world.bookings, world.clock);

    private CreatedFeed created() {
        return ((Outcome.Accepted<CreatedFeed>)
                        service.create(world.professional(world.pekka), world.pekka.id(), "Outlook"))
                .value();
    }

    /** A home visit in Pekka's calendar at 13-14, {@code day} days after World.MONDAY. */
    private void homeVisit(int day, String client, long version) {
        world.calendar.add(new CalendarEntry(
                CalendarEntryId.random(),
                world.organisation,
                world.pekka.id(),
                "HOME_VISIT",
                true,
                new TimeInterval(World.at(day, "13:00"), World.at(day, "14:00")),
                client,
                version));
    }

    @Test
    void aFeedsTokenHas256RandomBitsAndOnlyItsHashIsStored() throws Exception {
        CreatedFeed one = created();
        CreatedFeed other = created();

        assertThat(one.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(other.token());
        assertThat(feeds.stored())
                .extracting(InMemoryCalendarFeeds.Stored::tokenHash)
                .containsExactly(
                        MessageDigest.getInstance("SHA-256").digest(one.token().getBytes(StandardCharsets.US_ASCII)),
                        MessageDigest.getInstance("SHA-256")
                                .digest(other.token().getBytes(StandardCharsets.US_ASCII)));
        assertThat(service.read(one.token()))
                .hasValueSatisfying(content -> assertThat(content.feed()).isEqualTo(one.feed()));
        assertThat(service.read(one.token().substring(1) + "A")).isEmpty();
        assertThat(service.read("../" + one.token())).isEmpty();
    }

    @Test
    void onlyWhoKeepsTheCalendarMakesListsAndRevokesItsFeeds() {
        assertThat(service.create(world.professional(world.liisa), world.pekka.id(), "Toisen"))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.NOT_YOUR_CALENDAR));
        assertThat(service.create(world.supervisor("sari"), world.pekka.id(), "Tiimin"))
                .isInstanceOf(Outcome.Accepted.class);
        CreatedFeed feed = created();

        assertThat(service.feeds(world.counsellor(), world.pekka.id())).isInstanceOf(Outcome.Rejected.class);
        assertThat(service.revoke(world.professional(world.liisa), feed.feed().id()))
                .isInstanceOf(Outcome.Rejected.class);
        assertThat(service.revoke(world.professional(world.pekka), feed.feed().id()))
                .isInstanceOf(Outcome.Accepted.class);
        assertThat(service.read(feed.token())).as("a revoked feed is no feed").isEmpty();
        assertThat(service.revoke(world.professional(world.pekka), feed.feed().id()))
                .isInstanceOf(Outcome.NotFound.class);
        Outcome<List<CalendarFeed>> left = service.feeds(world.professional(world.pekka), world.pekka.id());
        assertThat(((Outcome.Accepted<List<CalendarFeed>>) left).value())
                .as("the supervisor's feed")
                .hasSize(1);
    }

    @Test
    void aFeedShowsEachTimeThatIsTakenOnceAndNothingCancelledLapsedOrOutsideItsWindow() {
        CreatedFeed feed = created();
        Booking single = world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), "ASIAKAS-1"));
        Booking cancelled = world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "10:00"), "ASIAKAS-2"));
        world.cancel.cancel(
                world.counsellor(),
                new CancelBookingCommand(cancelled.id(), null, ChangeReason.CLIENT_REQUEST, ChangeScope.THIS));
        world.bookSlot.hold(
                world.counsellor(),
                new BookSlotCommand(
                        World.request(world.pekka, world.firstVisit, World.at(2, "09:00"), "ASIAKAS-3"),
                        Commit.WITH_CALLER));
        Booking firstPlace = world.booked(
                world.counsellor(), World.request(world.pekka, world.parentGroup, World.at(2, "11:00"), "ASIAKAS-4"));
        world.booked(
                world.counsellor(), World.request(world.pekka, world.parentGroup, World.at(2, "11:00"), "ASIAKAS-5"));
        homeVisit(1, "ASIAKAS-6", 3);
        homeVisit(120, null, 0);
        world.clock.advance(Duration.ofMinutes(30)); // the hold lapses

        List<Block> blocks = service.read(feed.token()).orElseThrow().blocks();

        assertThat(blocks)
                .extracting(block -> block.interval().start())
                .containsExactly(World.at(0, "09:00"), World.at(1, "13:00"), World.at(2, "11:00"));
        assertThat(blocks.get(0).uid()).isEqualTo("booking-" + single.id());
        assertThat(blocks.get(1).sequence()).as("an entry's version").isEqualTo(3);
        assertThat(blocks.get(2).uid())
                .as("the group time is one busy time, whichever place is asked")
                .startsWith("group-" + firstPlace.time().product());
    }
}
