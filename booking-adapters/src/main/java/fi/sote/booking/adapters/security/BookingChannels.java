package fi.sote.booking.adapters.security;

import java.util.EnumSet;
import java.util.Set;

import fi.sote.booking.domain.calendar.Channel;

/**
 * Which channels' times a caller finds in slot search: those it books through, by role (a client sees only
 * times released for client self-service); an administrator, who keeps the calendars, sees them all.
 */
public final class BookingChannels {

    private BookingChannels() {
    }

    public static Set<Channel> of(Set<String> roles) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (roles.contains(Roles.ADMINISTRATOR)) {
            channels.addAll(EnumSet.allOf(Channel.class));
        }
        channels.addAll(Channel.bookedThroughBy(roles));
        return channels;
    }
}
