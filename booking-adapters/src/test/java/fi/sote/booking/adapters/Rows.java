package fi.sote.booking.adapters;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Looks straight into the service's database from a test, as the service's own role. */
public final class Rows {

    private Rows() {}

    /** The single number the query answers (a count). */
    public static int count(DataSource database, String query) throws SQLException {
        try (var connection = database.getConnection();
                var statement = connection.prepareStatement(query);
                var result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    public static void execute(DataSource database, String statement) throws SQLException {
        try (var connection = database.getConnection();
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
