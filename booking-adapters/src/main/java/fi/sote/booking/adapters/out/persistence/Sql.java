package fi.sote.booking.adapters.out.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.util.PSQLException;

import fi.sote.booking.domain.calendar.TimeInterval;

/**
 * Plain SQL on the service's datasource, inside the caller's transaction (Agroal hands out the
 * connection enlisted in it). Used where arrays, ranges and exclusion constraints make SQL clearer
 * and faster than entity mapping.
 */
@ApplicationScoped
class Sql {

    /** SQLSTATE of an exclusion constraint violation. */
    static final String EXCLUSION_VIOLATION = "23P01";
    /**
     * Two inserts of conflicting rows under an exclusion constraint wait for each other; PostgreSQL
     * aborts one of them after {@code deadlock_timeout}.
     */
    static final String DEADLOCK = "40P01";

    private static final int DEADLOCK_RETRIES = 3;

    @FunctionalInterface
    interface Binder {
        void bind(Statement statement) throws SQLException;
    }

    @FunctionalInterface
    interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A prepared statement with helpers for the types the service stores. */
    record Statement(Connection connection, PreparedStatement prepared) {

        void uuids(int index, Collection<UUID> values) throws SQLException {
            prepared.setArray(index, connection.createArrayOf("uuid", values.toArray()));
        }

        void texts(int index, Collection<String> values) throws SQLException {
            prepared.setArray(index, connection.createArrayOf("text", values.toArray()));
        }

        void integers(int index, Collection<Integer> values) throws SQLException {
            prepared.setArray(index, connection.createArrayOf("integer", values.toArray()));
        }

        void dates(int index, Collection<LocalDate> values) throws SQLException {
            prepared.setArray(
                    index,
                    connection.createArrayOf(
                            "date", values.stream().map(Date::valueOf).toArray()));
        }

        void set(int index, Object value) throws SQLException {
            prepared.setObject(index, value);
        }
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> list(String sql, Binder binder, Rows<T> rows) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(sql)) {
            binder.bind(new Statement(connection, prepared));
            try (ResultSet result = prepared.executeQuery()) {
                List<T> values = new ArrayList<>();
                while (result.next()) {
                    values.add(rows.map(result));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getSQLState(), e);
        }
    }

    <T> Optional<T> one(String sql, Binder binder, Rows<T> rows) {
        List<T> values = list(sql, binder, rows);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(sql)) {
            binder.bind(new Statement(connection, prepared));
            return prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + e.getSQLState(), e);
        }
    }

    /**
     * Runs the update unless it violates the constraint kind named by {@code sqlState}, which is
     * then rolled back to a savepoint so the surrounding transaction stays usable.
     *
     * @return false when the constraint refused the update
     */
    boolean updateUnless(String sqlState, String sql, Binder binder) {
        return refusal(sql, binder)
                .map(refusal -> {
                    // a deadlock that outlasted the retries: a conflicting update is still under way
                    if (!refusal.sqlState().equals(sqlState) && !refusal.deadlock()) {
                        throw new IllegalStateException(
                                "Update failed: " + refusal.sqlState() + " " + refusal.constraint());
                    }
                    return false;
                })
                .orElse(true);
    }

    /**
     * Which integrity constraint (SQLSTATE class 23) refused an update, and its name; or a deadlock
     * ({@link #DEADLOCK}, no constraint) that PostgreSQL broke by aborting the update.
     */
    record Refusal(String sqlState, String constraint) {

        boolean deadlock() {
            return DEADLOCK.equals(sqlState);
        }
    }

    /**
     * Runs the update unless an integrity constraint refuses it; the refused update is rolled back to
     * a savepoint so the surrounding transaction stays usable. An update that PostgreSQL aborted to
     * break a deadlock (two inserts under an exclusion constraint waiting for each other's entries) is
     * tried again up to {@value #DEADLOCK_RETRIES} times: by then the other has committed, rolled back
     * or is simply waited for.
     */
    Optional<Refusal> refusal(String sql, Binder binder) {
        return Optional.ofNullable(guarded(sql, binder, row -> null).refusal());
    }

    /** The first row a guarded statement returned (null when none), or the refusal that undid it. */
    record Guarded<T>(T row, Refusal refusal) {}

    /** Runs the statement as {@link #refusal} does, and reads the first row it returns. */
    <T> Guarded<T> guarded(String sql, Binder binder, Rows<T> rows) {
        Guarded<T> outcome = guardedOnce(sql, binder, rows);
        for (int retry = 0;
                retry < DEADLOCK_RETRIES
                        && outcome.refusal() != null
                        && outcome.refusal().deadlock();
                retry++) {
            outcome = guardedOnce(sql, binder, rows);
        }
        return outcome;
    }

    private <T> Guarded<T> guardedOnce(String sql, Binder binder, Rows<T> rows) {
        // SQL savepoints (the pool refuses Connection.rollback(Savepoint) on a connection enlisted in
        // JTA), sent with the statement in one round trip
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement prepared = connection.prepareStatement(
                    "savepoint update_unless; " + sql + "; release savepoint update_unless")) {
                binder.bind(new Statement(connection, prepared));
                T row = null;
                boolean rowsFollow = prepared.execute();
                while (rowsFollow || prepared.getUpdateCount() != -1) {
                    if (rowsFollow) {
                        try (ResultSet result = prepared.getResultSet()) {
                            if (row == null && result.next()) {
                                row = rows.map(result);
                            }
                        }
                    }
                    rowsFollow = prepared.getMoreResults();
                }
                return new Guarded<>(row, null);
            } catch (SQLException e) {
                if (e.getSQLState() != null
                        && (e.getSQLState().startsWith("23") || e.getSQLState().equals(DEADLOCK))) {
                    try (var rollback = connection.createStatement()) {
                        rollback.execute("rollback to savepoint update_unless");
                    }
                    return new Guarded<>(null, new Refusal(e.getSQLState(), constraintOf(e)));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + e.getSQLState(), e);
        }
    }

    private static String constraintOf(SQLException e) {
        if (e instanceof PSQLException postgres && postgres.getServerErrorMessage() != null) {
            return postgres.getServerErrorMessage().getConstraint();
        }
        return null;
    }

    static List<UUID> uuids(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static TimeInterval interval(ResultSet row, String start, String end) throws SQLException {
        return new TimeInterval(instant(row, start), instant(row, end));
    }
}
