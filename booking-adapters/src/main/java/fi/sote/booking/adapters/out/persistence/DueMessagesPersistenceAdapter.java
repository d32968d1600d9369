package fi.sote.booking.adapters.out.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.notification.port.out.DueMessages;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The messages due at a time (migration V19): found in the bookings and visits themselves, so that the booking path
 * writes nothing for them, and each taken and marked in {@code due_message}.
 */
@ApplicationScoped
class DueMessagesPersistenceAdapter implements DueMessages {

    /**
     * The reminders due: only when some product has a reminder at all, and then among the bookings whose time (with
     * its buffers) overlaps the longest reminder ahead, through the exclusion constraint's index of the bookings that
     * hold their time.
     */
    private static final String REMINDERS = """
            with ahead as (select max(reminder_before_minutes) * interval '1 minute' as longest
                             from bookable_product where reminder_before_minutes is not null)
            select b.id, b.organisation_id, b.version
              from ahead, booking b
              join bookable_product p on p.id = b.product_id
             where ahead.longest is not null
               and b.occupied && tstzrange(?, ? + ahead.longest)
               and b.status not in ('CANCELLED', 'MOVED')
               and b.status = 'BOOKED'
               and lower(b.during) > ?
               and lower(b.during) - p.reminder_before_minutes * interval '1 minute' <= ?
               and b.booked_at < lower(b.during) - p.reminder_before_minutes * interval '1 minute'
               and not exists (select 1 from due_message m
                                where m.kind = 'REMINDER' and m.about = b.id
                                  and (m.sent_at is not null or m.taken_until > now()))
             limit ?""";

    private static final String ALERTS = """
            select v.id, v.organisation_id, 'WORK_SAFETY_ALERT' as stage
              from visit v
             where v.alert_raised_at is not null and v.alert_closed_at is null
               and not exists (select 1 from due_message m
                                where m.kind = 'WORK_SAFETY_ALERT' and m.about = v.id
                                  and (m.sent_at is not null or m.taken_until > now()))
            union all
            select v.id, v.organisation_id, 'WORK_SAFETY_ESCALATION' as stage
              from visit v
              join due_message pushed on pushed.kind = 'WORK_SAFETY_ALERT' and pushed.about = v.id
             where v.alert_raised_at is not null and v.alert_closed_at is null
               and pushed.sent_at <= ?::timestamptz - ?::interval
               and not exists (select 1 from due_message m
                                where m.kind = 'WORK_SAFETY_ESCALATION' and m.about = v.id
                                  and (m.sent_at is not null or m.taken_until > now()))
             limit ?""";

    private final Sql sql;

    DueMessagesPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<DueReminder> reminders(Instant now, int limit) {
        return sql.list(
                REMINDERS,
                s -> {
                    for (int at = 1; at <= 4; at++) {
                        s.set(at, ReleaseRows.utc(now));
                    }
                    s.set(5, limit);
                },
                row -> new DueReminder(
                        new OrganisationId(row.getString("organisation_id")),
                        new BookingId(row.getObject("id", UUID.class)),
                        row.getLong("version")));
    }

    @Override
    public List<DueAlert> alerts(Instant now, Duration escalateAfter, int limit) {
        return sql.list(
                ALERTS,
                s -> {
                    s.set(1, ReleaseRows.utc(now));
                    s.set(2, escalateAfter.toMillis() + " milliseconds");
                    s.set(3, limit);
                },
                row -> new DueAlert(
                        new OrganisationId(row.getString("organisation_id")),
                        new VisitId(row.getObject("id", UUID.class)),
                        AlertStage.valueOf(row.getString("stage"))));
    }

    @Override
    public boolean take(String kind, UUID about, Duration lease) {
        return sql.one(
                        """
                        insert into due_message (kind, about, taken_until) values (?, ?, now() + ?::interval)
                        on conflict (kind, about) do update set taken_until = excluded.taken_until
                         where due_message.sent_at is null
                           and (due_message.taken_until is null or due_message.taken_until < now())
                        returning about""",
                        s -> {
                            s.set(1, kind);
                            s.set(2, about);
                            s.set(3, lease.toMillis() + " milliseconds");
                        },
                        row -> row.getObject("about", UUID.class))
                .isPresent();
    }

    @Override
    public void sent(String kind, UUID about) {
        sql.update("update due_message set sent_at = now(), taken_until = null where kind = ? and about = ?", s -> {
            s.set(1, kind);
            s.set(2, about);
        });
    }

    @Override
    public void release(String kind, UUID about) {
        sql.update("update due_message set taken_until = null where kind = ? and about = ?", s -> {
            s.set(1, kind);
            s.set(2, about);
        });
    }
}
