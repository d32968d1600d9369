package fi.sote.booking.application.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.safety.port.in.CheckInCommand;
import fi.sote.booking.application.safety.port.in.VisitUseCase;
import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/** Check-in and check-out at visits of the worker's own calendar. */
public final class VisitService implements VisitUseCase {

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final BookingRepository bookings;
    private final VisitRepository visits;
    private final Duration grace;
    private final Clock clock;

    /** @param grace how long after a visit's planned end its alert is raised */
    public VisitService(
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            BookingRepository bookings,
            VisitRepository visits,
            Duration grace,
            Clock clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.bookings = bookings;
        this.visits = visits;
        this.grace = grace;
        this.clock = clock;
    }

    @Override
    public Outcome<Visit> checkIn(Actor actor, CheckInCommand command) {
        BookingId bookingId = command.booking();
        CalendarEntryId entryId = command.entry();
        Instant expectedEnd = command.expectedEnd();
        var organisation = actor.organisation();
        Instant now = clock.instant();
        ResourceId resource;
        TimeInterval planned;
        if (bookingId != null) {
            Optional<Booking> booking = bookings.booking(organisation, bookingId)
                    .filter(found -> isOwn(actor, found.time().resource()) && found.takesTimeAt(now));
            if (booking.isEmpty()) {
                return Outcome.notFound("No booking " + bookingId + " in the caller's calendar");
            }
            boolean remote = catalogue.contactModes(organisation).stream()
                    .anyMatch(mode -> mode.code().equals(booking.get().time().contactMode()) && mode.remote());
            if (remote) {
                throw new InvalidValueException("bookingId", "is a remote contact: there is no visit to check in at");
            }
            resource = booking.get().time().resource();
            planned = booking.get().time().interval();
        } else {
            Optional<CalendarEntry> entry =
                    calendar.entry(organisation, entryId).filter(found -> isOwn(actor, found.resource()));
            if (entry.isEmpty()) {
                return Outcome.notFound("No calendar entry " + entryId + " in the caller's calendar");
            }
            resource = entry.get().resource();
            planned = entry.get().interval();
        }
        Visit visit = Visit.checkIn(
                organisation,
                resource,
                bookingId,
                entryId,
                actor.subject(),
                now,
                expectedEnd == null ? planned.end() : expectedEnd,
                grace);
        if (!visits.add(visit)) {
            return Outcome.rejected(
                    RejectionReason.ALREADY_CHECKED_IN,
                    null,
                    "Check out of the open visit before checking in at another");
        }
        return Outcome.accepted(visit);
    }

    @Override
    public Outcome<Visit> checkOut(Actor actor, VisitId id) {
        Optional<Visit> found = visits.visit(actor.organisation(), id).filter(visit -> isOwn(actor, visit.resource()));
        if (found.isEmpty()) {
            return Outcome.notFound("No visit " + id + " of the caller");
        }
        Visit visit = found.get();
        if (!visit.isOpen()) {
            return Outcome.rejected(RejectionReason.ALREADY_CLOSED, null, "The visit was checked out of already");
        }
        Visit out = visit.checkOut(actor.subject(), clock.instant());
        visits.update(out, visit.hasOpenAlert() ? AlertService.CLOSED : null);
        return Outcome.accepted(out);
    }

    private boolean isOwn(Actor actor, ResourceId resource) {
        return actor.is(Role.PROFESSIONAL)
                && catalogue
                        .resource(actor.organisation(), resource)
                        .map(found -> actor.subject().equals(found.subject()))
                        .orElse(false);
    }
}
