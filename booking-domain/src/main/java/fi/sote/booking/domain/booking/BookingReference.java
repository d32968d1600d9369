package fi.sote.booking.domain.booking;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * The short reference of a booking, to read out on the phone and to find the booking by: the first eight hexadecimal
 * characters of its id. A new booking's id starts with the keyed permutation of a number no other booking of the
 * service has had ({@link #idFor}), so the reference is unique, does not count up, and needs no column or index of
 * its own: staff find the booking by the range of ids that start with it.
 */
public final class BookingReference {

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-F]{8}");
    private static final int ROUNDS = 4;

    private BookingReference() {}

    /** The reference of a booking, as its confirmation quotes it. */
    public static String of(BookingId id) {
        return id.value().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A reference as someone typed or read it out: case, spaces and dashes do not matter. */
    public static String parse(String field, String text) {
        String reference = text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!REFERENCE.matcher(reference).matches()) {
            throw new InvalidValueException(field, "must be a booking's reference: eight characters 0-9 and A-F");
        }
        return reference;
    }

    /** The lowest and the highest id whose reference is {@code reference}. */
    public static BookingId[] range(String reference) {
        long high = Long.parseLong(reference, 16) << 32;
        return new BookingId[] {new BookingId(new UUID(high, 0L)), new BookingId(new UUID(high | 0xFFFFFFFFL, -1L))};
    }

    /**
     * The id of the {@code number}-th booking (distinct numbers, distinct references): random, a version 4 UUID, but
     * for its first 32 bits, which are {@code number} permuted under {@code key}.
     */
    public static BookingId idFor(long number, long key) {
        UUID random = UUID.randomUUID();
        long prefix = permute((int) number, key) & 0xFFFFFFFFL;
        return new BookingId(new UUID(
                (prefix << 32) | (random.getMostSignificantBits() & 0xFFFFFFFFL), random.getLeastSignificantBits()));
    }

    /** A balanced Feistel network over 32 bits: a bijection, so distinct numbers never share a prefix. */
    static int permute(int number, long key) {
        int left = number >>> 16;
        int right = number & 0xFFFF;
        for (int round = 0; round < ROUNDS; round++) {
            int mixed = (int) (mix(key + round * 0x9E3779B97F4A7C15L + right) & 0xFFFF);
            int next = left ^ mixed;
            left = right;
            right = next;
        }
        return (left << 16) | right;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A random id, for a booking made where no numbering is kept (the in-process fakes). */
    public static BookingId anyId() {
        return idFor(ThreadLocalRandom.current().nextInt(), 0L);
    }
}
