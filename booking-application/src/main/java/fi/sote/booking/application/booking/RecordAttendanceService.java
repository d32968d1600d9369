package fi.sote.booking.application.booking;

import fi.sote.booking.application.booking.port.in.RecordAttendanceCommand;
import fi.sote.booking.application.booking.port.in.RecordAttendanceUseCase;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.policy.AttendancePolicy;
import fi.sote.booking.domain.booking.policy.Verdict;

/** Check-in may come from the client themselves; the rest is recorded by those who give the service. */
public final class RecordAttendanceService implements RecordAttendanceUseCase {

    private final BookingChanges changes;

    public RecordAttendanceService(BookingChanges changes) {
        this.changes = changes;
    }

    @Override
    public Outcome<Booking> record(Actor actor, RecordAttendanceCommand command) {
        Outcome<Booking> found = changes.current(actor, command.booking(), command.expectedVersion());
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return found;
        }
        Booking booking = accepted.value();
        Verdict verdict =
                AttendancePolicy.judge(booking, command.status(), changes.asClientOnly(actor, booking), changes.now());
        if (verdict instanceof Verdict.Rejected rejected) {
            return Outcome.rejected(rejected);
        }
        return changes.store(
                booking.becomes(command.status(), null, actor.subject(), changes.now()),
                BookingEvent.Type.STATUS_CHANGED);
    }
}
