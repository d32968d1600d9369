package fi.sote.booking.domain.shared;

/**
 * Why the domain said no to a request. Each reason has a stable code that leaves the service in
 * the problem+json {@code code} member and the problem {@code type} URI, so clients can rely on it.
 */
public enum RejectionReason {

    /** A catalogue code (service task, social service, ...) is already used in the organisation. */
    DUPLICATE_CODE("duplicate-code", "The code is already in use"),

    /** The request names something (a product, a social service, an entry type, ...) the organisation does not have. */
    UNKNOWN_REFERENCE("unknown-reference", "The request refers to something that does not exist"),

    /** A blocking calendar entry would overlap another blocking entry of the same resource. */
    OVERLAPPING_ENTRY("overlapping-entry", "The time overlaps another entry of the calendar"),

    /** The caller may not keep this resource's calendar (not their own, not their team's). */
    NOT_YOUR_CALENDAR("not-your-calendar", "The calendar is not the caller's to keep");

    private final String code;
    private final String title;

    RejectionReason(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
