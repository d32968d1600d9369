package fi.sote.booking.domain.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import fi.sote.booking.domain.shared.Invariants;

/**
 * One count of bookings made: the values of the dimensions it is grouped by (a value may be null, as
 * for a time at no service point), how many bookings and how many distinct clients they concern.
 */
public record Cell(Map<Dimension, String> keys, long bookings, long clients) {

    public Cell {
        Invariants.required("keys", keys);
        keys = Collections.unmodifiableMap(keys.isEmpty() ? new EnumMap<>(Dimension.class) : new EnumMap<>(keys));
        if (bookings < 0 || clients < 0 || clients > bookings) {
            throw new IllegalArgumentException("counts must satisfy 0 <= clients <= bookings");
        }
    }

    public String key(Dimension dimension) {
        return keys.get(dimension);
    }
}
