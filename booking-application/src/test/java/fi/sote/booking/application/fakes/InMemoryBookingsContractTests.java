package fi.sote.booking.application.fakes;

import java.time.Clock;
import java.util.List;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.booking.port.out.BookingRepositoryContract;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;

/** The fake the use cases are tested with keeps the booking port's contract. */
class InMemoryBookingsContractTests extends BookingRepositoryContract {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final InMemoryCalendar calendar = new InMemoryCalendar(catalogue);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryBookings bookings = new InMemoryBookings(calendar, Clock.systemUTC(), audit);
    private final InMemoryServiceTaskRepository serviceTasks = new InMemoryServiceTaskRepository();

    @Override
    protected Ports ports() {
        return new Ports(bookings, catalogue, calendar, serviceTasks);
    }

    @Override
    protected BookingRepository.Insertion insertInTransaction(
            Booking booking, BookingEvent event, BookingRepository.ReleasesRead read, List<AuditEntry> shown) {
        return bookings.insert(booking, event, read, shown);
    }

    @Override
    protected List<List<String>> loggedRecords(String operation) {
        return audit.entries().stream()
                .filter(entry -> entry.operation().equals(operation))
                .map(AuditEntry::records)
                .toList();
    }

    @Override
    protected void given(Runnable setup) {
        setup.run();
    }
}
