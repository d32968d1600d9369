package fi.sote.booking.domain.booking.policy;

import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Client self-service (sähköinen ajanvaraus): a client books only for themselves or a child in their custody,
 * and what only staff give (a referral, an override of the client's other bookings, a personal identity code, how to
 * reach the client: a client's own contact details come from the client-record system) is not theirs to send.
 */
public final class SelfServicePolicy {

    private SelfServicePolicy() {}

    public static Verdict clientBooksOnlyForThemselves(BookingAttempt attempt) {
        return !attempt.throughSelfService() || attempt.forThemselves()
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.CHANNEL_NOT_ALLOWED,
                        "client",
                        "A client books only for themselves or a child in their custody");
    }

    public static Verdict clientSendsNoStaffFields(BookingAttempt attempt) {
        if (!attempt.throughSelfService()) {
            return Verdict.ALLOWED;
        }
        String field = attempt.withReferral()
                ? "referralNote"
                : attempt.overridingClientOverlap()
                        ? "allowClientOverlap"
                        : attempt.byIdentityCode()
                                ? "clientPersonalIdentityCode"
                                : attempt.withReachAt() ? "clientReachAt" : null;
        return field == null
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.CHANNEL_NOT_ALLOWED, field, "Not for a client booking for themselves");
    }
}
