package fi.sote.booking.adapters;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

    /** The operations the sealed access log holds of the client, in no particular order. */
    public static List<String> operationsOn(DataSource database, String client) throws SQLException {
        try (var connection = database.getConnection();
                var statement =
                        connection.prepareStatement("select operation from audit_log where client_reference = ?")) {
            statement.setString(1, client);
            try (var result = statement.executeQuery()) {
                List<String> operations = new ArrayList<>();
                while (result.next()) {
                    operations.add(result.getString(1));
                }
                return operations;
            }
        }
    }

    public static void execute(DataSource database, String statement) throws SQLException {
        try (var connection = database.getConnection();
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
