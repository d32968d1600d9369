package fi.sote.booking.adapters.out.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.application.absence.port.out.ClientNotifications;
import fi.sote.booking.domain.booking.Booking;

/**
 * The in-process notification adapter: each notification is an outbox event
 * ({@code client.notification}) in the transaction of the change it tells of, for the organisation's
 * SMS or e-mail service to send in the client's language.
 */
@ApplicationScoped
class ClientNotificationOutbox implements ClientNotifications {

    private final Sql sql;
    private final ObjectMapper json;

    ClientNotificationOutbox(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void notify(ClientNotification notification) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("change", notification.change().name());
        payload.put("client", notification.before().client());
        payload.put("language", notification.before().clientLanguage());
        payload.put("before", time(notification.before(), notification.professionalBefore()));
        payload.put(
                "after",
                notification.after() == null ? null : time(notification.after(), notification.professionalAfter()));
        payload.put("reason", notification.reason().name());
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notification not serialisable", e);
        }
        sql.update("""
                insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
                values (?, 'booking', ?, 'client.notification', ?::jsonb, ?)""", s -> {
            s.set(1, notification.organisation().value());
            s.set(2, notification.before().id().value());
            s.set(3, body);
            s.set(4, ReleaseRows.utc(notification.at()));
        });
    }

    private static Map<String, Object> time(Booking booking, String professional) {
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("booking", booking.id().toString());
        time.put("start", booking.time().interval().start().toString());
        time.put("end", booking.time().interval().end().toString());
        time.put("contactMode", booking.time().contactMode());
        time.put("professional", professional);
        return time;
    }
}
