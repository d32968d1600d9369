package fi.sote.booking.adapters.in.rest.problem;

import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Carries a rejection that a use case returned as data to the one place that turns it into a
 * problem response. Only the REST adapter throws it.
 */
public final class RejectedException extends RuntimeException {

    private final RejectionReason reason;
    private final String field;

    public RejectedException(RejectionReason reason, String field, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
        this.field = field;
    }

    public RejectionReason reason() {
        return reason;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
