package fi.sote.booking.application.booking;

import fi.sote.booking.application.booking.port.in.RecordAttendanceCommand;
import fi.sote.booking.application.booking.port.in.RecordAttendanceUseCase;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.policy.AttendancePolicy;
import fi.sote.booking.domain.booking.policy.Verdict;

/**
 * Check-in may come from the client themselves; the rest is recorded by those who give the service, from the time
 * itself on. A correction keeps its reason and its author in the booking's last change, and goes out as any status
 * change does (the event feed, the access log).
 */
public final class RecordAttendanceService implements RecordAttendanceUseCase {

    private final BookingChanges changes;
    private final AttendancePolicy policy;

    public RecordAttendanceService(BookingChanges changes, AttendancePolicy policy) {
        this.changes = changes;
        this.policy = policy;
    }

    @Override
    public Outcome<Booking> record(Actor actor, RecordAttendanceCommand command) {
        Outcome<Booking> found = changes.current(actor, command.booking(), command.expectedVersion());
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return found;
        }
        Booking booking = accepted.value();
        Verdict verdict = policy.judge(
                booking, command.status(), command.reason(), changes.asClientOnly(actor, booking), changes.now());
        if (verdict instanceof Verdict.Rejected rejected) {
            return Outcome.rejected(rejected);
        }
        return changes.store(
                booking.becomes(command.status(), command.reason(), actor.subject(), changes.now()),
                BookingEvent.Type.STATUS_CHANGED);
    }
}
