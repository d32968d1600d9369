package fi.sote.booking.domain.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import fi.sote.booking.domain.shared.Invariants;

/**
 * One count of bookings made: the values of the dimensions it is grouped by (a value may be null, as
 * for a time at no service point), how many bookings and how many distinct clients they concern.
 *
 * <p>The cell keys are the sums, modulo 2<sup>32</sup>, of a secret key of each booking counted and of each
 * distinct client counted: the same bookings always give the same key, whatever the grouping, filter or period that
 * gathered them, and nobody without the secret can work a key out ({@link SmallCells}).
 */
public record Cell(Map<Dimension, String> keys, long bookings, long clients, long bookingsKey, long clientsKey) {

    public Cell {
        Invariants.required("keys", keys);
        keys = Collections.unmodifiableMap(keys.isEmpty() ? new EnumMap<>(Dimension.class) : new EnumMap<>(keys));
        if (bookings < 0 || clients < 0 || clients > bookings) {
            throw new IllegalArgumentException("counts must satisfy 0 <= clients <= bookings");
        }
    }

    /** A count without cell keys: one that is never perturbed (nothing counted, or a test's). */
    public Cell(Map<Dimension, String> keys, long bookings, long clients) {
        this(keys, bookings, clients, 0, 0);
    }

    public String key(Dimension dimension) {
        return keys.get(dimension);
    }
}
