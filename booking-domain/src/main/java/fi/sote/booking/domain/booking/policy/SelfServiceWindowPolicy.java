package fi.sote.booking.domain.booking.policy;

import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * A client books a product themselves only within its window: not later than its minimum notice before the time,
 * not further ahead than its horizon ({@link SelfServiceRules}).
 */
public final class SelfServiceWindowPolicy {

    private SelfServiceWindowPolicy() {}

    public static Verdict withinNoticeAndHorizon(BookingAttempt attempt) {
        SelfServiceRules rules = attempt.product().selfService();
        return !attempt.throughSelfService() || rules.allowsBooking(attempt.start(), attempt.now())
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.OUTSIDE_BOOKING_WINDOW,
                        "start",
                        "Clients book this product from "
                                + rules.minimumNotice().toHours() + " h to "
                                + rules.horizon().toDays() + " days ahead");
    }
}
