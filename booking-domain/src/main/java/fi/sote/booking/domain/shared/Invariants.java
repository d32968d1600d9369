package fi.sote.booking.domain.shared;

import java.util.regex.Pattern;

/** Checks shared by the value objects; each failure names the field. */
public final class Invariants {

    private Invariants() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** A required text, trimmed, of at most {@code maxLength} characters. */
    public static String text(String field, String value, int maxLength) {
        required(field, value);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** An optional text: null or blank becomes null, otherwise as {@link #text}. */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    public static String matching(String field, String value, Pattern pattern, String expectation) {
        required(field, value);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidValueException(field, expectation);
        }
        return value;
    }
}
