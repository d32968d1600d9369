package fi.sote.booking.application.booking;

import java.util.List;

import fi.sote.booking.application.booking.BookingRules.Links;
import fi.sote.booking.application.booking.port.in.BookSeriesUseCase;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.Recurrence;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.shared.InvalidValueException;

public final class BookSeriesService implements BookSeriesUseCase {

    private final BookingRules rules;

    public BookSeriesService(BookingRules rules) {
        this.rules = rules;
    }

    @Override
    public Outcome<List<Booking>> bookSeries(Actor actor, SlotRequest first, Recurrence recurrence) {
        if (recurrence == null) {
            throw new InvalidValueException("recurrence", "is required");
        }
        // the length does not matter for the dates: occurrences keep the first one's local time
        List<SlotRequest> occurrences = recurrence.occurrences(new TimeInterval(first.start(), first.start().plusSeconds(60)))
                .stream().map(interval -> first.at(interval.start())).toList();
        return rules.bookAll(actor, occurrences, new Links(SeriesId.random(), null, null), "occurrences");
    }
}
