package fi.sote.booking.application.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.application.notification.port.out.MessageSender.Outgoing;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Sends a message to a person through the first channel, in the configured order of preference, that reaches them,
 * and logs what of a client's data it told: the access and its disclosure to the recipient through the channel.
 */
final class Messenger {

    /** Who the access and disclosure logs name as having processed the client's data. */
    static final String SUBJECT = "booking-service";

    /** What a message tells (CONFIRMATION, REMINDER, WORK_SAFETY_ALERT, ...) and its words. */
    record Message(String kind, Text text) {}

    /** A message's subject and text. */
    record Text(String subject, String body) {}

    /**
     * Whom a message goes to.
     *
     * @param id          a client's reference or a member of staff's subject, as the kept messages name them
     * @param reachableBy the address or number each channel reaches them at, if it may
     * @param language    the language of their messages
     */
    record Recipient(String id, Function<MessageChannel, Optional<String>> reachableBy, String language) {}

    /**
     * Which client's data a message tells, for the logs.
     *
     * @param client  the client's reference
     * @param purpose why the data was processed
     */
    record Concerning(String client, BookingId booking, String purpose) {}

    private final Map<MessageChannel, MessageSender> senders;
    private final AuditLog log;
    private final Clock clock;

    Messenger(Map<MessageChannel, MessageSender> senders, AuditLog log, Clock clock) {
        this.senders = new LinkedHashMap<>(senders);
        this.log = log;
        this.clock = clock;
    }

    /**
     * Sends what {@code compose} writes for the channel that reaches the recipient; REFUSED when no channel does or
     * there is nothing to send. {@code concerning} is null for a message that tells nothing of a client.
     */
    Result send(
            OrganisationId organisation,
            Recipient to,
            Concerning concerning,
            Function<MessageChannel, Optional<Message>> compose) {
        Optional<MessageChannel> channel = senders.keySet().stream()
                .filter(candidate -> to.reachableBy().apply(candidate).isPresent())
                .findFirst();
        if (channel.isEmpty()) {
            return Result.REFUSED;
        }
        Optional<Message> message = compose.apply(channel.get());
        if (message.isEmpty()) {
            return Result.REFUSED;
        }
        Outgoing outgoing = new Outgoing(
                organisation,
                channel.get(),
                to.id(),
                to.reachableBy().apply(channel.get()).orElseThrow(),
                message.get().kind(),
                concerning == null ? null : concerning.booking(),
                to.language(),
                message.get().text().subject(),
                message.get().text().body());
        Result result = senders.get(channel.get()).send(outgoing);
        if (result == Result.SENT && concerning != null) {
            logged(outgoing, concerning);
        }
        return result;
    }

    /**
     * The access and the disclosure of the message: to whom, through which channel, what. A message to the client
     * names the channel and address; one to a member of staff also who they are.
     */
    private void logged(Outgoing message, Concerning concerning) {
        boolean toClient = message.recipient().equals(concerning.client());
        AuditEntry access = new AuditEntry(
                AuditEntry.Kind.ACCESS,
                message.organisation(),
                clock.instant(),
                SUBJECT,
                "service",
                null,
                concerning.client(),
                (toClient ? "sendClientMessage " : "sendStaffMessage ") + message.kind(),
                List.of(concerning.booking().value().toString()),
                concerning.purpose(),
                null);
        String recipient = message.channel() + " " + message.address();
        log.append(List.of(access, access.disclosedTo(toClient ? recipient : message.recipient() + " " + recipient)));
    }
}
