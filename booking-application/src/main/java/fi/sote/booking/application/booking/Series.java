package fi.sote.booking.application.booking;

import java.util.ArrayList;
import java.util.List;

import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.booking.Booking;

/** Which bookings a change of one occurrence of a series applies to. */
final class Series {

    private Series() {
    }

    /**
     * The booking itself, then, for {@link ChangeScope#THIS_AND_FOLLOWING}, the later occurrences of
     * its series that still take time and that the actor may see.
     */
    static List<Booking> affected(BookingRules rules, Actor actor, Booking booking, ChangeScope scope) {
        List<Booking> affected = new ArrayList<>(List.of(booking));
        if (scope == ChangeScope.THIS_AND_FOLLOWING && booking.series() != null) {
            for (Booking occurrence : rules.bookings().ofSeries(actor.organisation(), booking.series())) {
                if (occurrence.time().interval().start().isAfter(booking.time().interval().start())
                        && occurrence.takesTimeAt(rules.now()) && rules.maySee(actor, occurrence)) {
                    affected.add(occurrence);
                }
            }
        }
        return affected;
    }
}
