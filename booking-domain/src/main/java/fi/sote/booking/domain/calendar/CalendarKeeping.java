package fi.sote.booking.domain.calendar;

import java.util.Set;

import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.shared.Role;

/**
 * Who keeps a resource's calendar: the professional themselves, the supervisor of their team, and
 * administrators (for rooms and on behalf of others).
 */
public final class CalendarKeeping {

    private CalendarKeeping() {}

    public static boolean mayKeep(Resource resource, String subject, Set<Role> roles) {
        if (roles.contains(Role.ADMINISTRATOR)) {
            return true;
        }
        if (roles.contains(Role.PROFESSIONAL) && subject != null && subject.equals(resource.subject())) {
            return true;
        }
        return roles.contains(Role.SUPERVISOR) && subject != null && subject.equals(resource.supervisorSubject());
    }
}
