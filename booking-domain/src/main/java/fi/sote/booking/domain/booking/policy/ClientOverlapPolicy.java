package fi.sote.booking.domain.booking.policy;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * A client is not booked twice at overlapping times unless a professional overrides it explicitly. The database
 * keeps the rule whatever the concurrency (an exclusion constraint on the client's bookings, migration V4, which
 * a booking made with {@code allowClientOverlap} stays out of); this policy says who may override it.
 */
public final class ClientOverlapPolicy {

    private ClientOverlapPolicy() {}

    public static Verdict onlyAProfessionalOverrides(BookingAttempt attempt) {
        return !attempt.overridingClientOverlap() || attempt.channel() == Channel.PROFESSIONAL
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.CHANNEL_NOT_ALLOWED,
                        "allowClientOverlap",
                        "Only a professional may book a client at an overlapping time");
    }
}
