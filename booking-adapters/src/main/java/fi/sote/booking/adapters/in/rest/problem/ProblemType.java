package fi.sote.booking.adapters.in.rest.problem;

import java.util.List;

import fi.sote.booking.domain.shared.RejectionReason;

/** The kinds of problem the service reports, each with a stable code and HTTP status. */
enum ProblemType {
    VALIDATION(400, "validation", "The request is not valid"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body could not be read"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "Not allowed for the caller"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "The method is not allowed on this resource"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request line is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
    INTERNAL(500, "internal", "Internal error"),
    UNAVAILABLE(503, "unavailable", "The service cannot reach its database; try again shortly"),
    BUSY(503, "busy", "The service is busy; try again shortly"),
    STOPPING(503, "stopping", "This instance of the service is stopping; send the request again");

    final int status;
    final String code;
    final String title;

    ProblemType(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    /** A problem of this kind at the request path {@code instance}, naming no field. */
    Problem problem(String detail, String instance) {
        return problem(detail, instance, List.of());
    }

    /** A problem of this kind at the request path {@code instance}, naming the fields at fault. */
    Problem problem(String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(Problem.TYPE_PREFIX + code, title, status, detail, instance, code, errors);
    }

    static ProblemType ofStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }

    /** The HTTP status a rejection of the domain is reported with. */
    static int statusOf(RejectionReason reason) {
        return switch (reason) {
            case DUPLICATE_CODE,
                    OVERLAPPING_ENTRY,
                    ENTRY_OVER_BOOKINGS,
                    SLOT_TAKEN,
                    GROUP_FULL,
                    CLIENT_ALREADY_BOOKED,
                    LANGUAGE_MISMATCH,
                    ROOM_UNAVAILABLE,
                    PRODUCT_RETIRED,
                    RETIRED,
                    IN_USE,
                    SLOT_NOT_OFFERED,
                    OUTSIDE_BOOKING_WINDOW,
                    OUTSIDE_CHECK_IN_WINDOW,
                    ATTENDANCE_TOO_EARLY,
                    CHANGE_DEADLINE_PASSED,
                    INVALID_TRANSITION,
                    HOLD_EXPIRED,
                    TOO_MANY_HOLDS,
                    PARTLY_UNAVAILABLE,
                    NOT_AFFECTED,
                    ALREADY_CHECKED_IN,
                    ALREADY_CLOSED,
                    ALREADY_WAITING,
                    IDEMPOTENCY_KEY_IN_USE -> 409;
            case IDEMPOTENCY_KEY_REUSED, RELEASE_HOLDS_NO_SLOT, REASON_REQUIRED -> 422;
            case UNKNOWN_REFERENCE -> 400;
            case NOT_YOUR_CALENDAR, CHANNEL_NOT_ALLOWED -> 403;
            case STALE_VERSION -> 412;
        };
    }
}
