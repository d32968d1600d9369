package fi.sote.booking.domain.calendar;

import java.util.Set;

import fi.sote.booking.domain.catalogue.Resource;

/**
 * Who keeps a resource's calendar: the professional themselves, the supervisor of their team, and
 * administrators (for rooms and on behalf of others).
 */
public final class CalendarKeeping {

    private CalendarKeeping() {
    }

    public static boolean mayKeep(Resource resource, String subject, Set<String> roles) {
        if (roles.contains("administrator")) {
            return true;
        }
        if (roles.contains("professional") && subject != null && subject.equals(resource.subject())) {
            return true;
        }
        return roles.contains("supervisor") && subject != null && subject.equals(resource.supervisorSubject());
    }
}
