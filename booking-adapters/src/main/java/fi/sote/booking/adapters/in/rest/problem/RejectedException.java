package fi.sote.booking.adapters.in.rest.problem;

import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Carries a rejection that a use case returned as data to the one place that turns it into a
 * problem response. Only the REST adapter throws it.
 */
public final class RejectedException extends RuntimeException {

    private final RejectionReason reason;

    public RejectedException(RejectionReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
