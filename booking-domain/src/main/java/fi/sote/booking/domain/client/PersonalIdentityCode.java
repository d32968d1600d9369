package fi.sote.booking.domain.client;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * The Finnish personal identity code (henkilötunnus), validated: {@code DDMMYYCZZZQ}, where the
 * century sign C is {@code +} for the 1800s, {@code -} or (since 2023) {@code Y X W V U} for the 1900s,
 * and {@code A} or (since 2023) {@code B C D E F} for the 2000s; the date must exist; the individual
 * number ZZZ is 002-899 (900-999 for temporary codes); the check character Q is the remainder of the
 * nine digits DDMMYYZZZ divided by 31, written with the 31 characters of {@link #CHECK_CHARACTERS}.
 * <p>
 * It is among the most sensitive data the service holds: {@link #toString()} never shows it, and
 * errors about it never repeat it.
 */
public final class PersonalIdentityCode {

    static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private static final Map<Character, Integer> CENTURIES = Map.ofEntries(
            Map.entry('+', 1800),
            Map.entry('-', 1900),
            Map.entry('Y', 1900),
            Map.entry('X', 1900),
            Map.entry('W', 1900),
            Map.entry('V', 1900),
            Map.entry('U', 1900),
            Map.entry('A', 2000),
            Map.entry('B', 2000),
            Map.entry('C', 2000),
            Map.entry('D', 2000),
            Map.entry('E', 2000),
            Map.entry('F', 2000));

    private final String value;
    private final LocalDate birthDate;

    private PersonalIdentityCode(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * The code in {@code text} (surrounding blanks and lower case are forgiven), or an
     * {@link InvalidValueException} for {@code field} that says what is wrong without repeating it.
     */
    public static PersonalIdentityCode parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 11 || !digits(code, 0, 6) || !digits(code, 7, 10)) {
            throw new InvalidValueException(
                    field,
                    "must be a personal identity code: DDMMYY, a century sign, "
                            + "three digits and a check character");
        }
        Integer century = CENTURIES.get(code.charAt(6));
        if (century == null) {
            throw new InvalidValueException(
                    field, "has an unknown century sign (+, -, Y, X, W, V, U, A, B, C, D, E or F)");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(
                    century + Integer.parseInt(code.substring(4, 6)),
                    Integer.parseInt(code.substring(2, 4)),
                    Integer.parseInt(code.substring(0, 2)));
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, "does not begin with a date that exists");
        }
        if (Integer.parseInt(code.substring(7, 10)) < 2) {
            throw new InvalidValueException(field, "has an individual number that is never given (000 or 001)");
        }
        int remainder = Integer.parseInt(code.substring(0, 6) + code.substring(7, 10)) % 31;
        if (code.charAt(10) != CHECK_CHARACTERS.charAt(remainder)) {
            throw new InvalidValueException(field, "has a check character that does not match");
        }
        return new PersonalIdentityCode(code, birthDate);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The code itself, for the adapters that protect it (keyed hash, encryption); never for logs. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** Temporary codes (individual number 900-999) are given for a while, e.g. before registration. */
    public boolean temporary() {
        return value.charAt(7) == '9';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalIdentityCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the code: this may end up in a log. */
    @Override
    public String toString() {
        return "PersonalIdentityCode[hidden]";
    }
}
