package fi.sote.booking.adapters.in.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * The search parameters of the FHIR interface as the FHIR search grammar writes them: tokens ({@code system|code}),
 * references ({@code Type/id} or an id), and dates with prefixes ({@code ge2026-12-01}, {@code lt2026-12-08T00:00:00+02:00}).
 * A date without a time is a day in Finland. Parameters the interface does not know are ignored, as the Finnish
 * Scheduling guide asks of servers.
 */
final class SearchParameters {

    private final MultivaluedMap<String, String> values;

    SearchParameters(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    Optional<String> first(String name) {
        String value = values.getFirst(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all;
    }

    /** A token's system (null when the value names none) and code. */
    record Token(String system, String code) {}

    Optional<Token> token(String name) {
        return first(name).map(value -> {
            int bar = value.indexOf('|');
            return bar < 0
                    ? new Token(null, value)
                    : new Token(bar == 0 ? null : value.substring(0, bar), value.substring(bar + 1));
        });
    }

    /** The id a reference parameter names, of the type: {@code Type/id} or a bare id. */
    Optional<UUID> reference(String name, String type) {
        return first(name).map(value -> {
            String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(name, "must name a " + type + " of this service");
            }
        });
    }

    int count(int byDefault, int most) {
        Optional<String> count = first("_count");
        if (count.isEmpty()) {
            return byDefault;
        }
        try {
            return Math.max(1, Math.min(most, Integer.parseInt(count.get())));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("_count", "must be a whole number");
        }
    }

    /** The period the date parameter's values bound; an end is exclusive. */
    record Period(Instant from, Instant to) {}

    Period period(String name) {
        Instant from = null;
        Instant to = null;
        for (String value : all(name)) {
            String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
            String text = prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2);
            Instant start;
            Instant after;
            try {
                if (text.length() == 10) {
                    LocalDate day = LocalDate.parse(text);
                    start = day.atStartOfDay(BookingTime.ZONE).toInstant();
                    after = day.plusDays(1).atStartOfDay(BookingTime.ZONE).toInstant();
                } else {
                    start = OffsetDateTime.parse(text).toInstant();
                    after = start.plusSeconds(1);
                }
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(name, "must be a date or a date-time with offset, e.g. ge2026-12-01");
            }
            switch (prefix) {
                case "ge" -> from = later(from, start);
                case "gt" -> from = later(from, after);
                case "le" -> to = earlier(to, after);
                case "lt" -> to = earlier(to, start);
                case "eq" -> {
                    from = later(from, start);
                    to = earlier(to, after);
                }
                default -> throw new InvalidValueException(name, "takes the prefixes eq, ge, gt, le and lt");
            }
        }
        return new Period(from, to);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
