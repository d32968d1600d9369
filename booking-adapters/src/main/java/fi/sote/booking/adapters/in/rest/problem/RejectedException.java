package fi.sote.booking.adapters.in.rest.problem;

import java.util.List;

import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Carries a rejection that a use case returned as data to the one place that turns it into a
 * problem response. Only the REST adapter throws it.
 */
public final class RejectedException extends RuntimeException {

    private final RejectionReason reason;
    private final String field;
    private final List<Problem.FieldError> parts;

    public RejectedException(RejectionReason reason, String field, String detail) {
        this(reason, field, detail, List.of());
    }

    /** @param parts the parts of the request at fault, each with why (e.g. the occurrences of a series) */
    public RejectedException(RejectionReason reason, String field, String detail, List<Problem.FieldError> parts) {
        super(detail, null, false, false);
        this.reason = reason;
        this.field = field;
        this.parts = List.copyOf(parts);
    }

    public List<Problem.FieldError> parts() {
        return parts;
    }

    public RejectionReason reason() {
        return reason;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
