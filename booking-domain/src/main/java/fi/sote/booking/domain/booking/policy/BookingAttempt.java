package fi.sote.booking.domain.booking.policy;

import java.time.Instant;
import java.util.Set;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.Role;

/**
 * A request to book a time, as the policies of {@link BookingPolicies} judge it: who asks and through which
 * channel, what they ask for, and what is known of the time.
 *
 * @param subject the caller's token subject
 * @param channel the channel the request books through (see {@link ChannelPolicy#channelOf})
 * @param forThemselves the caller is the booking's client, or acts for a child in their custody
 * @param withReferral the request carries a referral note (ohjaus)
 * @param overridingClientOverlap the request books the client although they have another booking at the time
 * @param byIdentityCode the request names the client by personal identity code
 * @param withReachAt the request records how to reach the client
 * @param clientLanguage the client's language as the request states it, to be spoken; null when it states none
 * @param overridingLanguage the booker books a professional who does not speak it, knowingly
 * @param released a release of the resource offers exactly this time of the product, through the channel
 * @param start when the time starts; {@code now} when the request is judged
 */
public record BookingAttempt(
        Set<Role> roles,
        String subject,
        Channel channel,
        boolean forThemselves,
        boolean withReferral,
        boolean overridingClientOverlap,
        boolean byIdentityCode,
        boolean withReachAt,
        String clientLanguage,
        boolean overridingLanguage,
        BookableProduct product,
        Resource resource,
        boolean released,
        Instant start,
        Instant now) {

    public BookingAttempt {
        roles = Set.copyOf(Invariants.required("roles", roles));
        Invariants.required("channel", channel);
        Invariants.required("product", product);
        Invariants.required("resource", resource);
        Invariants.required("start", start);
        Invariants.required("now", now);
    }

    boolean throughSelfService() {
        return channel == Channel.CLIENT_SELF_SERVICE;
    }
}
