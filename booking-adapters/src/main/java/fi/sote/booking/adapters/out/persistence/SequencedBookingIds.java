package fi.sote.booking.adapters.out.persistence;

import java.nio.ByteBuffer;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.adapters.security.ClientIdentityKey;
import fi.sote.booking.application.booking.port.out.BookingIds;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingReference;

/**
 * Booking ids whose references are unique across the service: numbers from blocks of the database's sequence
 * {@code booking_reference_block} (so instances never share one), permuted under a key derived from the service's
 * client-identity key (so a reference says nothing of how many bookings came before it). After 2^32 bookings the
 * references come round again.
 */
@ApplicationScoped
class SequencedBookingIds implements BookingIds {

    static final int BLOCK = 1024;

    private final Sql sql;
    private final long key;
    private long next;
    private long end;

    SequencedBookingIds(Sql sql, ClientIdentityKey key) {
        this.sql = sql;
        this.key = ByteBuffer.wrap(Base64.getUrlDecoder().decode(key.hash("booking-reference")))
                .getLong();
    }

    @Override
    public synchronized BookingId next() {
        if (next == end) {
            long block = sql.one("select nextval('booking_reference_block')", s -> {}, row -> row.getLong(1))
                    .orElseThrow();
            next = block * BLOCK;
            end = next + BLOCK;
        }
        return BookingReference.idFor(next++, key);
    }
}
