package fi.sote.booking.adapters;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import fi.sote.booking.adapters.in.schedule.AuditSealer;

/** What the access and disclosure logs hold of a client, for the tests: sealed first, in the log's order. */
public final class AuditRows {

    private AuditRows() {}

    /**
     * The client's entries of the kind (ACCESS or DISCLOSURE; null for both), each as its columns joined by spaces.
     *
     * @param columns SQL expressions of audit_log's columns, such as {@code operation} or
     *     {@code array_to_string(records, ' ')}
     */
    public static List<String> of(DataSource data, AuditSealer sealer, String client, String kind, String... columns)
            throws SQLException {
        sealer.sealAll();
        String select = "select concat_ws(' ', " + String.join(", ", columns) + ") from audit_log"
                + " where client_reference = ? and (?::text is null or kind = ?) order by organisation_id, sequence";
        try (var connection = data.getConnection();
                var statement = connection.prepareStatement(select)) {
            statement.setString(1, client);
            statement.setString(2, kind);
            statement.setString(3, kind);
            try (var result = statement.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(result.getString(1));
                }
                return rows;
            }
        }
    }
}
