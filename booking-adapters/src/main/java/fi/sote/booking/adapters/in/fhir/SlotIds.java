package fi.sote.booking.adapters.in.fhir;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import fi.sote.booking.domain.calendar.SlotKey;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;

/**
 * The id of a FHIR Slot. Free times are laid on the fly from released time, so a Slot has no row of its own: its id
 * is its key (the resource, the product and the start) written in base 36, at most 62 of the 64 characters a FHIR id
 * may have. The same time always has the same id, and an Appointment that names the Slot names the time.
 */
final class SlotIds {

    private static final int RADIX = 36;
    private static final int BYTES = 16 + 16 + 8;

    private SlotIds() {}

    static String of(SlotKey key) {
        ByteBuffer bytes = ByteBuffer.allocate(BYTES);
        put(bytes, key.resource().value());
        put(bytes, key.product().value());
        bytes.putLong(key.start().getEpochSecond());
        return new BigInteger(1, bytes.array()).toString(RADIX);
    }

    /** The key a Slot id names; empty when it is not one this service gave. */
    static Optional<SlotKey> key(String id) {
        if (id == null || id.isEmpty() || id.length() > 64 || !id.matches("[0-9a-z]+")) {
            return Optional.empty();
        }
        byte[] value = new BigInteger(id, RADIX).toByteArray();
        if (value.length > BYTES + 1 || (value.length == BYTES + 1 && value[0] != 0)) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.allocate(BYTES);
        int from = Math.max(0, value.length - BYTES);
        bytes.position(BYTES - (value.length - from));
        bytes.put(value, from, value.length - from);
        bytes.flip();
        return Optional.of(new SlotKey(
                Instant.ofEpochSecond(bytes.getLong(32)),
                new ResourceId(new UUID(bytes.getLong(0), bytes.getLong(8))),
                new BookableProductId(new UUID(bytes.getLong(16), bytes.getLong(24)))));
    }

    private static void put(ByteBuffer bytes, UUID id) {
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }
}
