package fi.sote.booking.domain.booking.policy;

import java.time.Instant;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * A client cancels or reschedules a booking themselves only until the product's change deadline before its start;
 * those who give the service change it at any time.
 */
public final class ChangeDeadlinePolicy {

    private ChangeDeadlinePolicy() {}

    /** @param asClient the caller changes the booking as its client (or the client's guardian), not for the service */
    public static Verdict clientChangesBeforeTheDeadline(
            Booking booking, BookableProduct product, boolean asClient, Instant now) {
        return !asClient
                        || product.selfService()
                                .allowsChange(booking.time().interval().start(), now)
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.CHANGE_DEADLINE_PASSED,
                        null,
                        "Clients change this booking until "
                                + product.selfService().changeDeadline().toHours() + " h before its start");
    }
}
