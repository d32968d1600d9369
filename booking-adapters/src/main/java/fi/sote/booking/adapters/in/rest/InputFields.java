package fi.sote.booking.adapters.in.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import fi.sote.booking.domain.shared.InvalidValueException;

/** Builds domain values from a request, naming an invalid field by its full path in the request. */
public final class InputFields {

    private InputFields() {}

    /** Builds a value from a nested part of the request; an invalid field "fi" of part "name" is reported as "name.fi". */
    public static <T> T nested(String prefix, Supplier<T> build) {
        return nested(prefix, Map.of(), build);
    }

    /**
     * As {@link #nested(String, Supplier)}, where the domain names a field otherwise than the request does: a field
     * named in {@code requestNames} (domain name to request name) is reported by its request name.
     */
    public static <T> T nested(String prefix, Map<String, String> requestNames, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(prefix + "." + requestNames.getOrDefault(e.field(), e.field()), e.reason());
        }
    }

    /** Builds each item of a list part of the request; an invalid field "day" of item 2 of "openingHours" is reported
     * as "openingHours[2].day". */
    public static <S, T> List<T> each(String part, List<S> items, Function<S, T> build) {
        List<T> built = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            S item = items.get(i);
            built.add(nested(part + "[" + i + "]", () -> build.apply(item)));
        }
        return built;
    }
}
