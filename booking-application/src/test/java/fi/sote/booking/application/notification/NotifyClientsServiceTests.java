package fi.sote.booking.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.RescheduleBookingCommand;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.application.notification.port.out.MessageSender.Outgoing;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.WeeklyRelease;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * What clients are told of their bookings, through what, and that each change is told once: the events of the
 * in-memory bookings read as the feed would give them.
 */
class NotifyClientsServiceTests {

    private final World world = new World();
    private final List<Outgoing> sent = new ArrayList<>();
    private final List<Result> answers = new ArrayList<>();
    private final Readers readers = new Readers();
    private final NotifyClientsService notifications = new NotifyClientsService(
            readers,
            world.bookings,
            world.catalogue,
            world.records,
            senders(),
            world.audit,
            world.clock,
            Duration.ofMinutes(5));

    /** E-mail first, then text messages, both to {@link #sent}. */
    private Map<MessageChannel, MessageSender> senders() {
        Map<MessageChannel, MessageSender> senders = new LinkedHashMap<>();
        senders.put(MessageChannel.EMAIL, this::send);
        senders.put(MessageChannel.SMS, this::send);
        return senders;
    }

    private Result send(Outgoing message) {
        Result answer = answers.isEmpty() ? Result.SENT : answers.remove(0);
        if (answer == Result.SENT) {
            sent.add(message);
        }
        return answer;
    }

    /** The in-memory bookings' events as the feed gives them: in order, each at a position of its own. */
    private final class Feed {

        List<Event> after(Position after, int limit) {
            List<BookingEvent> events = world.bookings.events();
            List<Event> page = new ArrayList<>();
            for (int at = (int) after.event(); at < events.size() && page.size() < limit; at++) {
                BookingEvent event = events.get(at);
                page.add(new Event(
                        at + 1,
                        "booking." + event.type().name().toLowerCase(Locale.ROOT),
                        "booking",
                        event.booking().id().value(),
                        event.at(),
                        new Position(1, at + 1)));
            }
            return page;
        }
    }

    /** One instance's readings, starting at the first event. */
    private final class Readers implements EventReaders {

        final Map<String, Position> positions = new HashMap<>();
        final Feed feed = new Feed();

        /** Every event of the page: the database's reader leaves out more, which the service must not rely on. */
        @Override
        public Events events(Audience audience, OrganisationId organisation, Position after, int limit) {
            List<Event> page = feed.after(after, limit);
            return new Events(
                    page, page.isEmpty() ? after : page.get(page.size() - 1).position());
        }

        @Override
        public List<OrganisationId> organisations() {
            return List.of(world.organisation);
        }

        @Override
        public Optional<Position> take(String reader, OrganisationId organisation, Duration lease) {
            return Optional.of(positions.computeIfAbsent(reader, ignored -> Position.START));
        }

        @Override
        public void keep(String reader, OrganisationId organisation, Position position, Duration lease) {
            positions.put(reader, position);
        }

        @Override
        public void release(String reader, OrganisationId organisation) {}
    }

    @BeforeEach
    void startReading() {
        assertThat(notifications.notifyClients()).isZero();
    }

    private void recordEmail(String client, boolean nonDisclosure, Set<MessageChannel> channels) {
        world.records.save(
                world.organisation,
                new ClientRecord(
                        client, "Asiakas", null, null, nonDisclosure, Set.of(), client + "@example.fi", channels));
    }

    private Booking book(String client, String language) {
        SlotRequest request = new SlotRequest(
                world.pekka.id(),
                world.firstVisit.id(),
                World.at(0, "09:00"),
                "OFFICE",
                null,
                client,
                language,
                null,
                false,
                null,
                // Pekka speaks Finnish and Swedish: an English-speaking client is booked with him knowingly
                "en".equals(language),
                null);
        return world.booked(world.counsellor(), request);
    }

    @Test
    void theConfirmationOfATimeThatTakesARoomNamesTheRoomAfterThePlace() {
        Resource room = world.room("Huone 3", world.kotka, null);
        recordEmail("maija", false, null);
        world.booked(
                world.counsellor(),
                new SlotRequest(
                        world.pekka.id(),
                        world.firstVisit.id(),
                        World.at(0, "09:00"),
                        "OFFICE",
                        null,
                        "maija",
                        null,
                        null,
                        false,
                        null,
                        false,
                        null,
                        room.id(),
                        false));

        assertThat(notifications.notifyClients()).isEqualTo(1);

        assertThat(sent.get(0).body()).contains("Paikka: Kotkan perheneuvola, Kirkkokatu 2, 48100 Kotka, Huone 3\n");
    }

    @Test
    void aBookedTimeIsConfirmedByEMailInTheClientsLanguageAndTheMessageIsLoggedAsADisclosure() {
        recordEmail("maija", false, null);
        Booking booking = book("maija", "sv");

        assertThat(notifications.notifyClients()).isEqualTo(1);

        Outgoing message = sent.get(0);
        assertThat(message.channel()).isEqualTo(MessageChannel.EMAIL);
        assertThat(message.address()).isEqualTo("maija@example.fi");
        assertThat(message.kind()).isEqualTo("CONFIRMATION");
        assertThat(message.subject()).isEqualTo("Tidsbokningen är bekräftad");
        assertThat(message.body())
                .contains("måndag 30.11.2026 kl. 9.00")
                .contains("Referens: " + ClientMessages.reference(booking.id()))
                .doesNotContain("Perheneuvonta", "FAMILY_COUNSELLING");
        assertThat(world.audit.entries())
                .filteredOn(entry -> entry.kind() == AuditEntry.Kind.DISCLOSURE)
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.client()).isEqualTo("maija");
                    assertThat(entry.recipient()).isEqualTo("EMAIL maija@example.fi");
                    assertThat(entry.operation()).isEqualTo("sendClientMessage CONFIRMATION");
                    assertThat(entry.records())
                            .containsExactly(booking.id().value().toString());
                });
        assertThat(notifications.notifyClients()).as("told once").isZero();
    }

    @Test
    void aRescheduleIsToldAsOneChangeWithBothTimesAndACancellationAsOneCancellation() {
        recordEmail("maija", false, null);
        Booking booking = book("maija", "fi");
        notifications.notifyClients();

        List<Booking> moved = accepted(world.reschedule.reschedule(
                world.counsellor(),
                new RescheduleBookingCommand(
                        booking.id(), null, World.at(2, "10:00"), null, ChangeReason.CLIENT_REQUEST, null)));
        assertThat(notifications.notifyClients()).isEqualTo(1);
        assertThat(sent.get(1).kind()).isEqualTo("CHANGE");
        assertThat(sent.get(1).subject()).isEqualTo("Ajanvarauksesi on muuttunut");
        assertThat(sent.get(1).body())
                .contains("keskiviikkona 2.12.2026 klo 10.00")
                .contains("Aiempi aika: maanantaina 30.11.2026 klo 9.00");

        Booking replacement = moved.get(0);
        accepted(world.cancel.cancel(
                world.counsellor(),
                new CancelBookingCommand(replacement.id(), null, ChangeReason.CLIENT_REQUEST, ChangeScope.THIS)));
        assertThat(notifications.notifyClients()).isEqualTo(1);
        assertThat(sent.get(2).kind()).isEqualTo("CANCELLATION");
        assertThat(sent.get(2).body()).contains("keskiviikkona 2.12.2026 klo 10.00");
        assertThat(sent).hasSize(3);
    }

    @Test
    void underTurvakieltoOnlyAChannelTheRecordAllowsIsUsedAndWithoutAnAddressNothingIsSent() {
        recordEmail("hidden", true, null);
        recordEmail("allowed", true, Set.of(MessageChannel.EMAIL));
        recordEmail("sms-only", false, Set.of(MessageChannel.SMS));
        book("hidden", "fi");
        world.booked(world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "10:00"), "allowed"));
        world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(2, "09:00"), "sms-only"));
        world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(2, "10:00"), "no-record"));

        assertThat(notifications.notifyClients()).isEqualTo(1);
        assertThat(sent).extracting(Outgoing::recipient).containsExactly("allowed");
    }

    @Test
    void aClientWithoutAnEMailAddressGetsATextMessageThatSaysNoMoreThanItMust() {
        world.records.save(
                world.organisation,
                new ClientRecord("matti", "Matti", "040 765 4321", null, false, Set.of(), null, null));
        Booking booking = book("matti", "fi");

        assertThat(notifications.notifyClients()).isEqualTo(1);

        Outgoing message = sent.get(0);
        assertThat(message.channel()).isEqualTo(MessageChannel.SMS);
        assertThat(message.address()).isEqualTo("040 765 4321");
        assertThat(message.body())
                .isEqualTo("Ajanvaraus vahvistettu: maanantaina 30.11.2026 klo 9.00. Viite "
                        + ClientMessages.reference(booking.id()) + ". Tähän viestiin ei voi vastata.");
        assertThat(world.audit.entries())
                .filteredOn(entry -> entry.kind() == AuditEntry.Kind.DISCLOSURE)
                .extracting(AuditEntry::recipient)
                .containsExactly("SMS 040 765 4321");
    }

    @Test
    void aTextMessageNamesTheServiceOnlyWhereTheProductAllowsIt() {
        BookableProduct plain = world.firstVisit;
        BookableProduct named = new BookableProduct(
                BookableProductId.random(),
                world.organisation,
                "NAMED_VISIT",
                plain.socialService(),
                LocalizedText.finnish("Perheneuvolan käynti"),
                plain.duration(),
                plain.contactModes(),
                1,
                plain.channels(),
                plain.selfService(),
                plain.bufferBefore(),
                plain.bufferAfter(),
                plain.guidance(),
                null,
                true);
        world.catalogue.add(named);
        world.calendar.add(new WeeklyRelease(
                ReleaseId.random(),
                world.organisation,
                world.liisa.id(),
                EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                World.MONDAY,
                World.MONDAY.plusWeeks(1),
                Set.of(),
                true,
                new ReleaseTerms(Set.of(named.id()), Set.of(Channel.COUNSELLING), Set.of(), null)));
        for (String client : List.of("matti", "maija")) {
            world.records.save(
                    world.organisation,
                    new ClientRecord(client, null, "040 765 4321", null, false, Set.of(), null, null));
        }
        book("matti", "fi");
        world.booked(world.counsellor(), World.request(world.liisa, named, World.at(0, "09:00"), "maija"));

        assertThat(notifications.notifyClients()).isEqualTo(2);
        assertThat(sent.get(0).body())
                .as("the product does not allow it")
                .doesNotContain(plain.name().fi());
        assertThat(sent.get(1).body())
                .startsWith("Ajanvaraus vahvistettu: Perheneuvolan käynti, maanantaina 30.11.2026 klo 9.00.");
    }

    @Test
    void aMessageThatCannotBeSentNowIsTriedAgainBeforeAnythingAfterIt() {
        recordEmail("maija", false, null);
        recordEmail("matti", false, null);
        book("maija", "fi");
        world.booked(world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "10:00"), "matti"));
        answers.add(Result.FAILED);

        assertThat(notifications.notifyClients()).isZero();
        assertThat(notifications.notifyClients()).isEqualTo(2);
        assertThat(sent).extracting(Outgoing::recipient).containsExactly("maija", "matti");

        answers.add(Result.REFUSED);
        world.booked(world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(2, "09:00"), "maija"));
        world.booked(world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(2, "10:00"), "matti"));
        assertThat(notifications.notifyClients())
                .as("a message refused for good is not tried again")
                .isEqualTo(1);
        assertThat(sent).extracting(Outgoing::recipient).containsExactly("maija", "matti", "matti");
    }

    @Test
    void aHeldTimeTellsNothingUntilItIsBookedAndNothingWhenItLapses() {
        recordEmail("maija", false, null);
        recordEmail("matti", false, null);
        Booking held = accepted(world.bookSlot.hold(
                world.counsellor(),
                new BookSlotCommand(
                        World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), "maija"),
                        Commit.WITH_CALLER)));
        assertThat(notifications.notifyClients()).as("a hold").isZero();

        world.clock.advance(Duration.ofMinutes(10));
        world.booked(world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), "matti"));
        assertThat(world.current(held).lastChange().reason()).isEqualTo(ChangeReason.HOLD_EXPIRED);

        assertThat(notifications.notifyClients()).isEqualTo(1);
        assertThat(sent).extracting(Outgoing::recipient).containsExactly("matti");
    }

    @Test
    void theWordsAreEnglishForAnEnglishSpeakingClient() {
        recordEmail("anna", false, null);
        book("anna", "en");

        notifications.notifyClients();

        assertThat(sent.get(0).subject()).isEqualTo("Your appointment is confirmed");
        assertThat(sent.get(0).body())
                .contains("Monday 30 November 2026 at 09:00")
                .contains("This message cannot be replied to.");
    }

    private static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<T>) outcome).value();
    }
}
