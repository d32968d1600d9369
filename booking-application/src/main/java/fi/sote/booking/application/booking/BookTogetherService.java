package fi.sote.booking.application.booking;

import java.util.List;

import fi.sote.booking.application.booking.BookingRules.Links;
import fi.sote.booking.application.booking.port.in.BookTogetherUseCase;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.MultiBookingId;
import fi.sote.booking.domain.shared.InvalidValueException;

public final class BookTogetherService implements BookTogetherUseCase {

    private final BookingRules rules;

    public BookTogetherService(BookingRules rules) {
        this.rules = rules;
    }

    @Override
    public Outcome<List<Booking>> bookTogether(Actor actor, List<SlotRequest> requests) {
        if (requests == null || requests.size() < 2 || requests.size() > MOST_BOOKINGS) {
            throw new InvalidValueException("bookings", "must list from 2 to " + MOST_BOOKINGS + " times");
        }
        if (requests.stream().map(SlotRequest::client).distinct().count() > 1) {
            throw new InvalidValueException("bookings", "must all be for the same client");
        }
        return rules.bookAll(actor, requests, new Links(null, MultiBookingId.random(), null), "bookings");
    }
}
