package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;

/** Holds a time for a while, books it (from a hold or directly): through any channel the caller books through. */
public interface BookSlotUseCase {

    /** Holds the time (status pending, Ehdotettu) until the hold lapses; nobody else can book it meanwhile. */
    Outcome<Booking> hold(Actor actor, SlotRequest request);

    /** Books the time directly. */
    Outcome<Booking> book(Actor actor, SlotRequest request);

    /**
     * Books a time the caller holds.
     *
     * @param expectedVersion the version the caller read (If-Match), or null
     */
    Outcome<Booking> bookHeld(Actor actor, BookingId hold, Long expectedVersion);
}
