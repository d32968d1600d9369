package fi.sote.booking.adapters.in.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * Reads query and path parameters as text, so that a malformed value is a 400 naming the
 * parameter (JAX-RS would answer a failed conversion with 404).
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** An ISO-8601 date-time with offset, e.g. 2026-11-23T09:00:00+02:00; null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    name, "must be an ISO-8601 date-time with offset, e.g. 2026-11-23T09:00:00+02:00");
        }
        withinYears(name, parsed.toInstant().atOffset(ZoneOffset.UTC).getYear());
        return parsed.toInstant();
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(name, "must be a UUID");
        }
    }

    public static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "must be a whole number");
        }
    }

    /** An ISO-8601 date, e.g. 2026-11-23; null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "must be an ISO-8601 date, e.g. 2026-11-23");
        }
        withinYears(name, parsed.getYear());
        return parsed;
    }

    /** The years a date or an instant may fall in, as in request bodies ({@link StrictJson}). */
    private static void withinYears(String name, int year) {
        if (year < StrictJson.FIRST_YEAR || year > StrictJson.LAST_YEAR) {
            throw new InvalidValueException(
                    name, "must be between the years " + StrictJson.FIRST_YEAR + " and " + StrictJson.LAST_YEAR);
        }
    }
}
