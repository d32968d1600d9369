package fi.sote.booking.application.booking;

import java.util.List;

import fi.sote.booking.application.booking.BookingDrafts.Links;
import fi.sote.booking.application.booking.port.in.BookSeriesCommand;
import fi.sote.booking.application.booking.port.in.BookSeriesUseCase;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.calendar.TimeInterval;

public final class BookSeriesService implements BookSeriesUseCase {

    private final BookingDrafts drafts;

    public BookSeriesService(BookingDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public Outcome<List<Booking>> bookSeries(Actor actor, BookSeriesCommand command) {
        SlotRequest first = command.first();
        // the length does not matter for the dates: occurrences keep the first one's local time
        List<SlotRequest> occurrences =
                command
                        .recurrence()
                        .occurrences(
                                new TimeInterval(first.start(), first.start().plusSeconds(60)))
                        .stream()
                        .map(interval -> first.at(interval.start()))
                        .toList();
        return drafts.bookAll(
                actor,
                occurrences,
                new Links(SeriesId.random(), null, null),
                "occurrences",
                occurrence -> "first",
                "bookSeries");
    }
}
