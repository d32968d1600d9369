package fi.sote.booking.adapters.in.rest;

import java.util.function.Supplier;

import fi.sote.booking.domain.shared.InvalidValueException;

/** Builds domain values from a request, naming an invalid field by its full path in the request. */
public final class InputFields {

    private InputFields() {}

    /** Builds a value from a nested part of the request; an invalid field "fi" of part "name" is reported as "name.fi". */
    public static <T> T nested(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(prefix + "." + e.field(), e.reason());
        }
    }
}
