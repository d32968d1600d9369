package fi.sote.booking.domain.event;

import java.util.List;
import java.util.Set;

/**
 * The events an integration may subscribe to or follow: every change of a booking, of a calendar entry, of released
 * time and of absences, the work-safety alerts, and the times offered from the waitlist. A client's notification is
 * not one of them: it names the client and goes to the client's own channels only.
 */
public final class EventTypes {

    public static final List<String> SUBSCRIBABLE = List.of(
            "booking.held",
            "booking.booked",
            "booking.cancelled",
            "booking.moved",
            "booking.status_changed",
            "calendar-entry.added",
            "calendar-entry.moved",
            "calendar-entry.changed",
            "calendar-entry.removed",
            "release.added",
            "release.withdrawn",
            "absence.recorded",
            "work-safety.alert-raised",
            "work-safety.alert-closed",
            "waitlist.offered");

    private static final Set<String> KNOWN = Set.copyOf(SUBSCRIBABLE);

    private EventTypes() {}

    public static boolean subscribable(String type) {
        return KNOWN.contains(type);
    }
}
