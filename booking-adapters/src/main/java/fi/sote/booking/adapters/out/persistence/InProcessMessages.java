package fi.sote.booking.adapters.out.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import fi.sote.booking.application.notification.port.in.ReadMessagesQuery.KeptMessage;
import fi.sote.booking.application.notification.port.out.KeptMessages;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The in-process sender of the local mode: instead of sending a message it keeps it (migrations V18, V19), for the person
 * it is to read at {@code GET /api/v1/me/messages}. The message sender only where the configuration chooses it (no
 * channel configured), so it is no bean of that type itself.
 */
@ApplicationScoped
@Typed({InProcessMessages.class, KeptMessages.class})
public class InProcessMessages implements MessageSender, KeptMessages {

    private final Sql sql;

    InProcessMessages(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Result send(Outgoing message) {
        sql.update("""
                insert into kept_message (organisation_id, recipient, channel, address, kind, booking_id, language,
                                            subject, body, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())""", s -> {
            s.set(1, message.organisation().value());
            s.set(2, message.recipient());
            s.set(3, message.channel().name());
            s.set(4, message.address());
            s.set(5, message.kind());
            s.set(6, message.booking() == null ? null : message.booking().value());
            s.set(7, message.language());
            s.set(8, message.subject());
            s.set(9, message.body());
        });
        return Result.SENT;
    }

    @Override
    public List<KeptMessage> to(OrganisationId organisation, Collection<String> recipients, int limit) {
        return sql.list(
                """
                select channel, address, kind, booking_id, language, subject, body, sent_at from kept_message
                 where organisation_id = ? and recipient = any (?)
                 order by id desc limit ?""",
                s -> {
                    s.set(1, organisation.value());
                    s.texts(2, recipients);
                    s.set(3, limit);
                },
                row -> new KeptMessage(
                        row.getString("channel"),
                        row.getString("address"),
                        row.getString("kind"),
                        row.getObject("booking_id", UUID.class),
                        row.getString("language"),
                        row.getString("subject"),
                        row.getString("body"),
                        row.getObject("sent_at", OffsetDateTime.class).toInstant()));
    }
}
