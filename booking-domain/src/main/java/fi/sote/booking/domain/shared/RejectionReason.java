package fi.sote.booking.domain.shared;

/**
 * Why the domain said no to a request. Each reason has a stable code that leaves the service in
 * the problem+json {@code code} member and the problem {@code type} URI, so clients can rely on it.
 */
public enum RejectionReason {

    /** A catalogue code (service task, social service, ...) is already used in the organisation. */
    DUPLICATE_CODE("duplicate-code", "The code is already in use");

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
