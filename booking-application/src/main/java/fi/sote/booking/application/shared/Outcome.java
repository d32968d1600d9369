package fi.sote.booking.application.shared;

import java.util.List;

import fi.sote.booking.domain.booking.policy.Verdict;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * What became of a request to add or change something: expected outcomes are data, not
 * exceptions. A use case answers with the value it accepted, a rejection with a stable reason, or
 * that what the request names is not found in the caller's organisation.
 */
public sealed interface Outcome<T> {

    record Accepted<T>(T value) implements Outcome<T> {}

    record NotFound<T>(String detail) implements Outcome<T> {}

    /**
     * @param field the request field at fault, or null when the request as a whole is refused
     */
    record Rejected<T>(RejectionReason reason, String field, String detail, List<Conflict> conflicts)
            implements Outcome<T> {

        public Rejected {
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        }

        public Rejected(RejectionReason reason, String field, String detail) {
            this(reason, field, detail, List.of());
        }
    }

    /** One part of a request that cannot be done, e.g. an occurrence of a series: where in the request, and why. */
    record Conflict(String field, String message) {}

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> notFound(String detail) {
        return new NotFound<>(detail);
    }

    static <T> Outcome<T> rejected(RejectionReason reason, String field, String detail) {
        return new Rejected<>(reason, field, detail);
    }

    /** A policy's rejection as the outcome of a use case. */
    static <T> Outcome<T> rejected(Verdict.Rejected rejected) {
        return new Rejected<>(rejected.reason(), rejected.field(), rejected.detail());
    }

    static <T> Outcome<T> unknown(String field, String what, Object id) {
        return new Rejected<>(
                RejectionReason.UNKNOWN_REFERENCE, field, "No " + what + " " + id + " in the organisation");
    }

    static <T> Outcome<T> retired(String field, String what, Object id) {
        return new Rejected<>(RejectionReason.RETIRED, field, "The " + what + " " + id + " is retired");
    }

    static <T> Outcome<T> duplicateCode(String what, String code) {
        return new Rejected<>(
                RejectionReason.DUPLICATE_CODE, "code", "A " + what + " with code " + code + " already exists");
    }

    /** A refusal (a rejection or a not-found carries no value) as the outcome of another use case. */
    @SuppressWarnings("unchecked")
    static <T> Outcome<T> refusal(Outcome<?> notAccepted) {
        if (notAccepted instanceof Accepted<?>) {
            throw new IllegalArgumentException("an accepted outcome is not a refusal");
        }
        return (Outcome<T>) notAccepted;
    }

    /** Why a refusal refused, as a conflict lists it: the rejection's code and detail, or not-found. */
    static String why(Outcome<?> refusal) {
        return refusal instanceof Rejected<?> rejected
                ? rejected.reason().code() + " (" + rejected.detail() + ")"
                : "not-found";
    }
}
