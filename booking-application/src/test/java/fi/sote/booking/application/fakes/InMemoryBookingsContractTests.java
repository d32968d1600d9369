package fi.sote.booking.application.fakes;

import java.time.Clock;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.booking.port.out.BookingRepositoryContract;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;

/** The fake the use cases are tested with keeps the booking port's contract. */
class InMemoryBookingsContractTests extends BookingRepositoryContract {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final InMemoryCalendar calendar = new InMemoryCalendar(catalogue);
    private final InMemoryBookings bookings = new InMemoryBookings(calendar, Clock.systemUTC());
    private final InMemoryServiceTaskRepository serviceTasks = new InMemoryServiceTaskRepository();

    @Override
    protected BookingRepository bookings() {
        return bookings;
    }

    @Override
    protected CatalogueRepository catalogue() {
        return catalogue;
    }

    @Override
    protected CalendarRepository calendar() {
        return calendar;
    }

    @Override
    protected ServiceTaskRepository serviceTasks() {
        return serviceTasks;
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
