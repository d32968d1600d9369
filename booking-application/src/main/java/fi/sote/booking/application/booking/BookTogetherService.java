package fi.sote.booking.application.booking;

import java.util.List;

import fi.sote.booking.application.booking.BookingDrafts.Links;
import fi.sote.booking.application.booking.port.in.BookTogetherCommand;
import fi.sote.booking.application.booking.port.in.BookTogetherUseCase;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.MultiBookingId;

public final class BookTogetherService implements BookTogetherUseCase {

    private final BookingDrafts drafts;

    public BookTogetherService(BookingDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public Outcome<List<Booking>> bookTogether(Actor actor, BookTogetherCommand command) {
        return drafts.bookAll(
                actor,
                command.bookings(),
                new Links(null, MultiBookingId.random(), null),
                "bookings",
                index -> "bookings[" + index + "]",
                "bookTogether");
    }
}
