package fi.sote.booking.adapters.out.persistence;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Adds an entity whose key, or code within its organisation, the database keeps unique. The query answers the common
 * case without an error; two requests at the same moment are decided by the unique constraint, whose refusal is
 * answered the same way (the transaction it spoils is rolled back by the refusal anyway).
 */
final class UniqueRows {

    /** SQLSTATE of a unique constraint violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private UniqueRows() {}

    /**
     * @param taken a Panache query that finds a row the entity would clash with
     * @return false when the key is taken
     */
    static <T> boolean add(PanacheRepositoryBase<T, ?> rows, T entity, String taken, Object... parameters) {
        if (rows.count(taken, parameters) > 0) {
            return false;
        }
        try {
            rows.persistAndFlush(entity);
            return true;
        } catch (PersistenceException e) {
            if (violatesUniqueness(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean violatesUniqueness(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
