package fi.sote.booking.adapters.security;

import java.util.EnumSet;
import java.util.Set;

import fi.sote.booking.domain.calendar.Channel;

/** Which channels a caller books through, by role: a client sees only times released for client self-service. */
public final class BookingChannels {

    private BookingChannels() {
    }

    public static Set<Channel> of(Set<String> roles) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (roles.contains(Roles.ADMINISTRATOR)) {
            channels.addAll(EnumSet.allOf(Channel.class));
        }
        if (roles.contains(Roles.PROFESSIONAL) || roles.contains(Roles.SUPERVISOR)) {
            channels.add(Channel.PROFESSIONAL);
        }
        if (roles.contains(Roles.COUNSELLOR)) {
            channels.add(Channel.COUNSELLING);
        }
        if (roles.contains(Roles.CLIENT)) {
            channels.add(Channel.CLIENT_SELF_SERVICE);
        }
        if (roles.contains(Roles.INTEGRATION)) {
            channels.add(Channel.INTEGRATION);
        }
        return channels;
    }
}
