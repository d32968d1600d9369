package fi.sote.booking.application.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.Confirmations;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.application.notification.ClientMessages.Text;
import fi.sote.booking.application.notification.port.in.NotifyClientsUseCase;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.notification.port.out.EventReaders.ClientEvents;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.application.notification.port.out.MessageSender.Outgoing;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.OrganisationId;

public final class NotifyClientsService implements NotifyClientsUseCase {

    /** The name this reader of the events goes by. */
    static final String READER = "client-messages";

    /** How many events are read at once (in the database: only those that may concern a client leave it). */
    static final int PAGE = 1000;

    /** How many pages one round reads of an organisation, at most. */
    static final int PAGES = 20;

    /** Who the access and disclosure logs name as having processed the client's data. */
    static final String SUBJECT = "booking-service";

    static final String PURPOSE = "telling the client of their booking";

    private final EventReaders readers;
    private final BookingRepository bookings;
    private final Confirmations confirmations;
    private final ClientRecords records;
    private final Map<MessageChannel, MessageSender> senders;
    private final AuditLog log;
    private final Clock clock;
    private final Duration lease;

    public NotifyClientsService(
            EventReaders readers,
            BookingRepository bookings,
            Confirmations confirmations,
            ClientRecords records,
            Map<MessageChannel, MessageSender> senders,
            AuditLog log,
            Clock clock,
            Duration lease) {
        this.readers = readers;
        this.bookings = bookings;
        this.confirmations = confirmations;
        this.records = records;
        this.senders = new LinkedHashMap<>(senders);
        this.log = log;
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public int notifyClients() {
        int sent = 0;
        // a round ends well within the lease, so that no other instance takes over a reading still under way
        Instant until = clock.instant().plus(lease.dividedBy(2));
        for (OrganisationId organisation : readers.organisations()) {
            Optional<Position> from = readers.take(READER, organisation, lease);
            if (from.isEmpty()) {
                continue;
            }
            try {
                Position at = from.get();
                for (int page = 0; page < PAGES && clock.instant().isBefore(until); page++) {
                    Read read = read(organisation, at, readers.clientEvents(organisation, at, PAGE), until);
                    sent += read.sent();
                    if (read.last().equals(at)) {
                        break;
                    }
                    at = read.last();
                    readers.keep(READER, organisation, at, lease);
                    if (!read.whole()) {
                        break;
                    }
                }
            } finally {
                readers.release(READER, organisation);
            }
        }
        return sent;
    }

    /** How far a page was read: the last event done, whether every one was, how many messages went. */
    private record Read(Position last, boolean whole, int sent) {}

    /**
     * Tells the clients what the page's events tell them, in order, until a message cannot be sent this time (it is
     * tried again from there next round) or the round's time is up. The bookings and client records are read once for
     * the page.
     */
    private Read read(OrganisationId organisation, Position from, ClientEvents page, Instant until) {
        Map<BookingId, Booking> found = new HashMap<>();
        bookings.bookings(
                        organisation,
                        page.events().stream()
                                .filter(NotifyClientsService::told)
                                .map(event -> new BookingId(event.aggregateId()))
                                .collect(Collectors.toSet()))
                .forEach(booking -> found.put(booking.id(), booking));
        Map<String, ClientRecord> contacts = records.find(
                organisation,
                found.values().stream()
                        .map(Booking::client)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
        Position last = from;
        int sent = 0;
        for (Event event : page.events()) {
            if (clock.instant().isAfter(until)) {
                return new Read(last, false, sent);
            }
            Booking booking = told(event) ? found.get(new BookingId(event.aggregateId())) : null;
            Result result = booking == null ? Result.REFUSED : tell(event, booking, contacts.get(booking.client()));
            if (result == Result.FAILED) {
                return new Read(last, false, sent);
            }
            if (result == Result.SENT) {
                // kept at once, so that an instance that dies after this resends nothing already sent
                readers.keep(READER, organisation, event.position(), lease);
                sent++;
            }
            last = event.position();
        }
        return new Read(page.readTo(), true, sent);
    }

    /** Whether the event may tell a client something: a booking booked or cancelled. */
    private static boolean told(Event event) {
        return event.aggregateType().equals("booking")
                && (event.type().equals("booking.booked") || event.type().equals("booking.cancelled"));
    }

    /**
     * Sends what the event tells the client, if anything, through the first channel in order of preference that the
     * client record allows and has an address for; REFUSED also when there is nothing to send.
     */
    private Result tell(Event event, Booking booking, ClientRecord contact) {
        if (booking.client() == null || contact == null) {
            return Result.REFUSED;
        }
        Optional<MessageChannel> channel = senders.keySet().stream()
                .filter(candidate -> contact.reachableBy(candidate).isPresent())
                .findFirst();
        if (channel.isEmpty()) {
            return Result.REFUSED;
        }
        Optional<Message> message = event.type().equals("booking.booked")
                ? booked(booking, channel.get())
                : cancelled(booking, channel.get());
        if (message.isEmpty()) {
            return Result.REFUSED;
        }
        Outgoing outgoing = new Outgoing(
                booking.organisation(),
                channel.get(),
                booking.client(),
                contact.reachableBy(channel.get()).orElseThrow(),
                message.get().kind(),
                booking.id(),
                booking.clientLanguage(),
                message.get().text().subject(),
                message.get().text().body());
        Result result = senders.get(channel.get()).send(outgoing);
        if (result == Result.SENT) {
            logged(outgoing);
        }
        return result;
    }

    /** A message and what it tells. */
    private record Message(String kind, Text text) {}

    /**
     * A booked time's confirmation, or for the replacement of a moved booking the notice of the change; nothing for a
     * booking cancelled or moved since (what came of it is told by its own event).
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
                return Optional.of(new Message(
                        "CHANGE",
                        ClientMessages.change(
                                channel,
                                booking.clientLanguage(),
                                confirmations.of(before.get()),
                                confirmations.of(booking),
                                booking.id())));
            }
        }
        return Optional.of(new Message(
                "CONFIRMATION",
                ClientMessages.confirmation(
                        channel, booking.clientLanguage(), confirmations.of(booking), booking.id())));
    }

    /** A cancelled booking's notice; nothing for a time that was only held. */
    private Optional<Message> cancelled(Booking booking, MessageChannel channel) {
        if (booking.lastChange() != null
                && booking.lastChange().reason() != null
                && booking.lastChange().reason().onlyForHolds()) {
            return Optional.empty();
        }
        return Optional.of(new Message(
                "CANCELLATION",
                ClientMessages.cancellation(
                        channel, booking.clientLanguage(), confirmations.of(booking), booking.id())));
    }

    /** The access and the disclosure of the message: to whom, through which channel, what. */
    private void logged(Outgoing message) {
        AuditEntry access = new AuditEntry(
                AuditEntry.Kind.ACCESS,
                message.organisation(),
                clock.instant(),
                SUBJECT,
                "service",
                null,
                message.recipient(),
                "sendClientMessage " + message.kind(),
                List.of(message.booking().value().toString()),
                PURPOSE,
                null);
        log.append(List.of(access, access.disclosedTo(message.channel() + " " + message.address())));
    }
}
