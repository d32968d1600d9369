package fi.sote.booking.adapters.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import fi.sote.booking.adapters.out.kanta.KantaDocuments;
import fi.sote.booking.application.publication.port.out.AppointmentPublisher;

/**
 * The in-process default of publication, where no register is configured: each document that would have been
 * published (the transaction of {@link KantaDocuments}) is kept in the database instead (migration V29), and counts
 * as taken. Nothing is in a register, so the booking's next document, should a register be configured by then, creates
 * it there.
 */
@ApplicationScoped
@Typed(KeptAppointmentPublisher.class)
public class KeptAppointmentPublisher implements AppointmentPublisher {

    private final Sql sql;

    KeptAppointmentPublisher(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String recipient() {
        return null;
    }

    @Override
    public Answer publish(Document document) {
        var booking = document.booking();
        sql.update(
                "insert into appointment_kept (organisation_id, booking_id, document, kept_at) values (?, ?, ?, now())",
                s -> {
                    s.set(1, booking.organisation().value());
                    s.set(2, booking.id().value());
                    s.set(3, KantaDocuments.json(document));
                });
        return new Answer.Accepted(null, null);
    }
}
