package fi.sote.booking.adapters.in.rest;

/** RFC 4180 CSV cells for the exports (audit extracts, statistics). */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {}

    /** A cell: quoted when it must be; one a spreadsheet would take for a formula is prefixed with an apostrophe. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
