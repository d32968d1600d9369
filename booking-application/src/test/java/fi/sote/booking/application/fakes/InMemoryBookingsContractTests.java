package fi.sote.booking.application.fakes;

import java.time.Clock;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.booking.port.out.BookingRepositoryContract;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;

/** The fake the use cases are tested with keeps the booking port's contract. */
class InMemoryBookingsContractTests extends BookingRepositoryContract {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final InMemoryCalendar calendar = new InMemoryCalendar(catalogue);
    private final InMemoryBookings bookings = new InMemoryBookings(calendar, Clock.systemUTC());
    private final InMemoryServiceTaskRepository serviceTasks = new InMemoryServiceTaskRepository();

    @Override
    protected Ports ports() {
        return new Ports(bookings, catalogue, calendar, serviceTasks);
    }

    @Override
    protected BookingRepository.Insertion insertInTransaction(
            Booking booking, BookingEvent event, BookingRepository.ReleasesRead read) {
        return bookings.insert(booking, event, read);
    }

    @Override
    protected void given(Runnable setup) {
        setup.run();
    }
}
