package fi.sote.booking.application.booking.port.in;

import java.time.Instant;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;

/** Holds a time for a while, books it (from a hold or directly): through any channel the caller books through. */
public interface BookSlotUseCase {

    /** Holds the time (status pending, Ehdotettu) until the hold lapses; nobody else can book it meanwhile. */
    Outcome<Booking> hold(Actor actor, BookSlotCommand command);

    /**
     * Holds the time for a client until {@code until}, as the waitlist offers a freed time: the hold is the client's
     * to confirm (or the counsellor's who joined them), made whatever the number of times the client already holds.
     */
    Outcome<Booking> offer(Actor actor, BookSlotCommand command, Instant until);

    /** Books the time directly. */
    Outcome<Booking> book(Actor actor, BookSlotCommand command);

    /** Books a time the caller holds. */
    Outcome<Booking> confirm(Actor actor, ConfirmHoldCommand command);
}
