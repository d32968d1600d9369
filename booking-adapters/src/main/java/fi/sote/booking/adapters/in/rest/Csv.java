package fi.sote.booking.adapters.in.rest;

/** RFC 4180 CSV cells for the exports (audit extracts, statistics). */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {}

    /**
     * A cell: one a spreadsheet would take for a formula (=, +, -, @, a tab or a carriage return first) is prefixed
     * with an apostrophe; quoted when it holds a comma, a quote, a line break, or a semicolon or tab, which
     * spreadsheets set to Finnish or Swedish conventions take for the separator (so that {@code ;=cmd} cannot start a
     * cell of its own there).
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.chars().anyMatch(c -> ",\"\n\r;\t".indexOf(c) >= 0)
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
