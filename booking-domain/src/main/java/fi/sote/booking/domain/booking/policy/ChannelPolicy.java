package fi.sote.booking.domain.booking.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import fi.sote.booking.domain.calendar.CalendarKeeping;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/**
 * The channel rule: every booking is made through one channel, the one the caller's role books through (a client
 * in client self-service, a counsellor in counselling, a professional or supervisor as a professional, an
 * integration as an integration; administrators and auditors book nothing); a product is booked only through the
 * channels it names; and a professional books only in calendars they keep (their own, a supervisor their team's).
 */
public final class ChannelPolicy {

    private ChannelPolicy() {}

    /** The channels a caller with these roles books through. */
    public static Set<Channel> channelsOf(Set<Role> roles) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (roles.contains(Role.PROFESSIONAL) || roles.contains(Role.SUPERVISOR)) {
            channels.add(Channel.PROFESSIONAL);
        }
        if (roles.contains(Role.COUNSELLOR)) {
            channels.add(Channel.COUNSELLING);
        }
        if (roles.contains(Role.CLIENT)) {
            channels.add(Channel.CLIENT_SELF_SERVICE);
        }
        if (roles.contains(Role.INTEGRATION)) {
            channels.add(Channel.INTEGRATION);
        }
        return channels;
    }

    /**
     * The channels whose released time a caller finds in slot search: those they book through; an administrator,
     * who keeps the calendars, finds them all.
     */
    public static Set<Channel> searchedBy(Set<Role> roles) {
        return roles.contains(Role.ADMINISTRATOR) ? EnumSet.allOf(Channel.class) : channelsOf(roles);
    }

    /**
     * Whether the caller may book through the channel the request names, or, naming none, has exactly one to
     * book through.
     */
    public static Verdict callerBooksThroughTheChannel(Set<Role> roles, Channel requested) {
        Set<Channel> mine = channelsOf(roles);
        if (requested == null) {
            return mine.size() == 1
                    ? Verdict.ALLOWED
                    : Verdict.rejected(
                            RejectionReason.CHANNEL_NOT_ALLOWED,
                            "channel",
                            mine.isEmpty()
                                    ? "The caller's roles book through no channel"
                                    : "Name the channel: the caller books through " + mine);
        }
        return mine.contains(requested)
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.CHANNEL_NOT_ALLOWED,
                        "channel",
                        "The caller does not book through " + requested);
    }

    /** The channel a request books through once {@link #callerBooksThroughTheChannel} allowed it. */
    public static Channel channelOf(Set<Role> roles, Channel requested) {
        return requested != null ? requested : channelsOf(roles).iterator().next();
    }

    /** A product is booked only through the channels it names, each from the day it opens. */
    public static Verdict productIsBookedThroughTheChannel(BookingAttempt attempt) {
        BookableProduct product = attempt.product();
        if (!product.channelsOpenAt(attempt.now()).contains(attempt.channel())) {
            LocalDate from = product.channelsFrom().get(attempt.channel());
            return Verdict.rejected(
                    RejectionReason.SLOT_NOT_OFFERED,
                    "product",
                    from != null && product.channels().contains(attempt.channel())
                            ? "The product is booked through " + attempt.channel() + " from " + from
                            : "The product is not booked through " + attempt.channel());
        }
        return Verdict.ALLOWED;
    }

    /**
     * A client who confirms a hold made for them books it themselves: only a product booked in client self-service.
     * Those who give or arrange the service confirm any hold they may see.
     */
    public static Verdict clientConfirmsOnlyWhatClientsBook(BookableProduct product, boolean asClientOnly) {
        return !asClientOnly || product.channels().contains(Channel.CLIENT_SELF_SERVICE)
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.CHANNEL_NOT_ALLOWED,
                        "channel",
                        "Clients do not book this product themselves; whoever held the time confirms it");
    }

    /** A professional books in their own calendar, a supervisor in their team's. */
    public static Verdict professionalBooksInACalendarTheyKeep(BookingAttempt attempt) {
        return attempt.channel() != Channel.PROFESSIONAL
                        || CalendarKeeping.mayKeep(attempt.resource(), attempt.subject(), attempt.roles())
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.NOT_YOUR_CALENDAR,
                        "resource",
                        "A professional books in their own calendar, a supervisor in their team's");
    }
}
