package fi.sote.booking.adapters.out.persistence;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.booking.port.out.BookingRepositoryContract;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;

/** The PostgreSQL adapter keeps the booking port's contract, the same one the application's fake is held to. */
@QuarkusTest
class BookingPersistenceAdapterContractTests extends BookingRepositoryContract {

    @Inject
    BookingRepository bookings;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    CalendarRepository calendar;

    @Inject
    ServiceTaskRepository serviceTasks;

    @Override
    protected Ports ports() {
        return new Ports(bookings, catalogue, calendar, serviceTasks);
    }

    @Override
    protected BookingRepository.Insertion insertInTransaction(
            Booking booking, BookingEvent event, BookingRepository.ReleasesRead read) {
        return QuarkusTransaction.requiringNew().call(() -> bookings.insert(booking, event, read));
    }

    @Override
    protected void given(Runnable setup) {
        QuarkusTransaction.requiringNew().run(setup);
    }
}
