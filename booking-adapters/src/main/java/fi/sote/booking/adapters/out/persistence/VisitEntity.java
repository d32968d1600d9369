package fi.sote.booking.adapters.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.OrganisationId;

/** A visit a worker checked in at, and its alert (migration V9). */
@Entity
@Table(name = "visit")
class VisitEntity {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    String organisationId;

    @Column(name = "resource_id")
    UUID resourceId;

    @Column(name = "booking_id")
    UUID bookingId;

    @Column(name = "entry_id")
    UUID entryId;

    @Column(name = "checked_in_by")
    String checkedInBy;

    @Column(name = "checked_in_at")
    Instant checkedInAt;

    @Column(name = "planned_end")
    Instant plannedEnd;

    @Column(name = "alert_due_at")
    Instant alertDueAt;

    @Column(name = "checked_out_at")
    Instant checkedOutAt;

    @Column(name = "alert_raised_at")
    Instant alertRaisedAt;

    @Column(name = "alert_closed_at")
    Instant alertClosedAt;

    @Column(name = "alert_closed_by")
    String alertClosedBy;

    static VisitEntity of(Visit visit) {
        VisitEntity entity = new VisitEntity();
        entity.id = visit.id().value();
        entity.organisationId = visit.organisation().value();
        entity.resourceId = visit.resource().value();
        entity.bookingId = visit.booking() == null ? null : visit.booking().value();
        entity.entryId = visit.entry() == null ? null : visit.entry().value();
        entity.checkedInBy = visit.checkedInBy();
        entity.checkedInAt = visit.checkedInAt();
        entity.plannedEnd = visit.plannedEnd();
        entity.alertDueAt = visit.alertDueAt();
        entity.checkedOutAt = visit.checkedOutAt();
        entity.alertRaisedAt = visit.alertRaisedAt();
        entity.alertClosedAt = visit.alertClosedAt();
        entity.alertClosedBy = visit.alertClosedBy();
        return entity;
    }

    Visit toDomain() {
        return new Visit(
                new VisitId(id),
                new OrganisationId(organisationId),
                new ResourceId(resourceId),
                bookingId == null ? null : new BookingId(bookingId),
                entryId == null ? null : new CalendarEntryId(entryId),
                checkedInBy,
                checkedInAt,
                plannedEnd,
                alertDueAt,
                checkedOutAt,
                alertRaisedAt,
                alertClosedAt,
                alertClosedBy);
    }
}
