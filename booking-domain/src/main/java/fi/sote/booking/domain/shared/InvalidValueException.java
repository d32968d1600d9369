package fi.sote.booking.domain.shared;

/**
 * A value broke an invariant of the domain. Carries the name of the offending field so that the
 * inbound adapter can tell the caller exactly what to fix.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same error for a field inside {@code part} of a larger input: "contactMode" under "first" is "first.contactMode". */
    public InvalidValueException under(String part) {
        return new InvalidValueException(part + "." + field, reason());
    }

    /** The message without the field prefix, for a per-field error list. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
