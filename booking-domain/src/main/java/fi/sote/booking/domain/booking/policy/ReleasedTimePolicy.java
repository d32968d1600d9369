package fi.sote.booking.domain.booking.policy;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Times are booked from released time (vapautettu aika): a client books only times released for client
 * self-service, a counsellor only those released for counselling, an integration those released for
 * integrations. A professional also books unreleased time in a calendar they keep.
 */
public final class ReleasedTimePolicy {

    private ReleasedTimePolicy() {}

    public static Verdict timeIsReleasedToTheChannel(BookingAttempt attempt) {
        return attempt.released() || attempt.channel() == Channel.PROFESSIONAL
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.SLOT_NOT_OFFERED,
                        "start",
                        "No time of the product is released at " + attempt.start() + " through " + attempt.channel());
    }
}
