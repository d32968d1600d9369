package fi.sote.booking.application.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.Confirmations;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.notification.Messenger.Concerning;
import fi.sote.booking.application.notification.Messenger.Message;
import fi.sote.booking.application.notification.Messenger.Recipient;
import fi.sote.booking.application.notification.port.in.NotifyClientsUseCase;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.notification.port.out.EventReaders.Audience;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.application.waitlist.port.out.WaitlistRepository;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.OrganisationId;

public final class NotifyClientsService extends EventFollower implements NotifyClientsUseCase {

    /** The name this reader of the events goes by. */
    static final String READER = "client-messages";

    static final String PURPOSE = "telling the client of their booking";

    private final BookingRepository bookings;
    private final ClientWords words;
    private final ClientRecords records;
    private final Messenger messenger;

    public NotifyClientsService(
            EventReaders readers,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientRecords records,
            Map<MessageChannel, MessageSender> senders,
            AuditLog log,
            Clock clock,
            Duration lease) {
        super(READER, Audience.CLIENTS, readers, clock, lease);
        this.bookings = bookings;
        this.words = new ClientWords(new Confirmations(catalogue), catalogue);
        this.records = records;
        this.messenger = new Messenger(senders, log, clock);
    }

    @Override
    public int notifyClients() {
        return round();
    }

    /** The page's bookings and their clients' records, read once for the page. */
    @Override
    protected Function<Event, Result> teller(OrganisationId organisation, List<Event> events) {
        Map<BookingId, Booking> found = bookingsOf(bookings, organisation, events, NotifyClientsService::told);
        Map<String, ClientRecord> contacts = records.find(
                organisation,
                found.values().stream()
                        .map(Booking::client)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
        return event -> {
            Booking booking = told(event) ? found.get(new BookingId(event.aggregateId())) : null;
            return booking == null ? Result.REFUSED : tell(event, booking, contacts.get(booking.client()));
        };
    }

    /** Whether the event may tell a client something: a booking booked or cancelled, a time offered from the waitlist. */
    private static boolean told(Event event) {
        return event.aggregateType().equals("booking")
                && (event.type().equals("booking.booked")
                        || event.type().equals("booking.cancelled")
                        || event.type().equals(WaitlistRepository.OFFERED));
    }

    /** Sends what the event tells the client, if anything; REFUSED also when there is nothing to send. */
    private Result tell(Event event, Booking booking, ClientRecord contact) {
        if (booking.client() == null || contact == null) {
            return Result.REFUSED;
        }
        return messenger.send(
                booking.organisation(),
                recipient(booking, contact),
                new Concerning(booking.client(), booking.id(), PURPOSE),
                channel -> switch (event.type()) {
                    case "booking.booked" -> booked(booking, channel);
                    case WaitlistRepository.OFFERED -> offered(booking, channel);
                    default -> cancelled(booking, channel);
                });
    }

    /** The client as their record reaches them, in the language of the booking. */
    static Recipient recipient(Booking booking, ClientRecord contact) {
        return new Recipient(booking.client(), contact::reachableBy, booking.clientLanguage());
    }

    /**
     * A booked time's confirmation; for the replacement of a moved booking the notice of the change, or of the
     * reassignment when it moved to another professional for an absence; nothing for a booking cancelled or moved
     * since (what came of it is told by its own event).
     */
    private Optional<Message> booked(Booking booking, MessageChannel channel) {
        if (booking.status() == BookingStatus.CANCELLED
                || booking.status() == BookingStatus.MOVED
                || booking.status() == BookingStatus.PENDING) {
            return Optional.empty();
        }
        if (booking.replaces() != null) {
            Optional<Booking> before = bookings.booking(booking.organisation(), booking.replaces());
            if (before.isPresent()) {
                return Optional.of(
                        reassigned(before.get(), booking)
                                ? words.reassignment(booking, channel)
                                : words.change(before.get(), booking, channel));
            }
        }
        return Optional.of(words.confirmation(booking, channel));
    }

    /**
     * A time offered from the waitlist in client self-service, while it is still held for the client; nothing once
     * taken or let go, nor for an offer held through counselling, which the counsellor who joined the client takes up.
     */
    private Optional<Message> offered(Booking hold, MessageChannel channel) {
        return hold.channel() == Channel.CLIENT_SELF_SERVICE
                        && hold.status() == BookingStatus.PENDING
                        && hold.isHeldAt(clock.instant())
                ? Optional.of(words.offer(hold, channel))
                : Optional.empty();
    }

    /** Whether the booking replaced another with another professional because the one it was with is absent. */
    static boolean reassigned(Booking before, Booking after) {
        return !before.time().resource().equals(after.time().resource())
                && before.lastChange() != null
                && before.lastChange().reason() == ChangeReason.PROFESSIONAL_ABSENCE;
    }

    /** A cancelled booking's notice; nothing for a time that was only held. */
    private Optional<Message> cancelled(Booking booking, MessageChannel channel) {
        if (booking.lastChange() != null
                && booking.lastChange().reason() != null
                && booking.lastChange().reason().onlyForHolds()) {
            return Optional.empty();
        }
        return Optional.of(words.cancellation(booking, channel));
    }
}
