package fi.sote.booking.domain.shared;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by the value objects; each failure names the field. */
public final class Invariants {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    private Invariants() {}

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

    /** A required instant on a whole second, as booked times start: what is stored is what was asked for. */
    public static Instant wholeSecond(String field, Instant value) {
        required(field, value);
        if (value.getNano() != 0) {
            throw new InvalidValueException(field, "must be on a whole second (no fractions of a second)");
        }
        return value;
    }

    /** An optional text: null or blank becomes null, otherwise as {@link #text}. */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    /** A catalogue code: trimmed, upper-cased, 1-40 of A-Z, 0-9, '_' and '-'. */
    public static String code(String field, String value) {
        required(field, value);
        return matching(
                field, value.strip().toUpperCase(Locale.ROOT), CODE, "must be 1-40 letters A-Z, digits, '_' or '-'");
    }

    /** A whole number within bounds. */
    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** A set that is given and not empty; returned unmodifiable. */
    public static <T> Set<T> nonEmpty(String field, Set<T> values) {
        required(field, values);
        if (values.isEmpty()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return Set.copyOf(values);
    }

    public static String matching(String field, String value, Pattern pattern, String expectation) {
        required(field, value);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidValueException(field, expectation);
        }
        return value;
    }
}
