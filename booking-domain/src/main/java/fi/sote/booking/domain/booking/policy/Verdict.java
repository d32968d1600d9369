package fi.sote.booking.domain.booking.policy;

import fi.sote.booking.domain.shared.RejectionReason;

/**
 * What a policy says of a request: allowed, or rejected with the stable reason, the request field at fault
 * (null when the request as a whole is refused) and why, in words for the caller.
 */
public sealed interface Verdict {

    Verdict ALLOWED = new Allowed();

    record Allowed() implements Verdict {}

    record Rejected(RejectionReason reason, String field, String detail) implements Verdict {}

    static Verdict rejected(RejectionReason reason, String field, String detail) {
        return new Rejected(reason, field, detail);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
