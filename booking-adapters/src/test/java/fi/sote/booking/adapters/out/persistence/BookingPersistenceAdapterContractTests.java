package fi.sote.booking.adapters.out.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.booking.port.out.BookingRepositoryContract;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;

/** The PostgreSQL adapter keeps the booking port's contract, the same one the application's fake is held to. */
@QuarkusTest
class BookingPersistenceAdapterContractTests extends BookingRepositoryContract {

    @Inject
    BookingRepository bookings;

    @Inject
    DataSource dataSource;

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
            Booking booking, BookingEvent event, BookingRepository.ReleasesRead read, List<AuditEntry> shown) {
        return QuarkusTransaction.requiringNew().call(() -> bookings.insert(booking, event, read, shown));
    }

    /** From the queue and the sealed log alike, in the order they were written. */
    @Override
    protected List<List<String>> loggedRecords(String operation) {
        List<List<String>> records = new ArrayList<>();
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "select records from (select id as n, records from audit_pending where operation = ?"
                                + " union all select sequence, records from audit_log where operation = ?) l order by n")) {
            query.setString(1, operation);
            query.setString(2, operation);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(List.of((String[]) rows.getArray(1).getArray()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return records;
    }

    @Override
    protected void given(Runnable setup) {
        QuarkusTransaction.requiringNew().run(setup);
    }
}
