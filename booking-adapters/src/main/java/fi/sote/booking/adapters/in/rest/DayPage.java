package fi.sote.booking.adapters.in.rest;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fi.sote.booking.application.shared.Days;
import fi.sote.booking.application.shared.PageCursor;
import fi.sote.booking.domain.calendar.BookingTime;

/** The query of a day or week view and of the lists by day: which days, and which page. */
public class DayPage {

    /** The page size when the caller names none. */
    public static final int DEFAULT_LIMIT = 200;

    @Parameter(
            description = "The first day, ISO-8601; default today (Finnish time).",
            schema = @Schema(implementation = LocalDate.class))
    @QueryParam("from")
    String from;

    @Parameter(
            description = "How many days, 1-31: 1 for a day, 7 for a week; default a day (a social service's first "
                    + "contacts: two weeks).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "31"))
    @QueryParam("days")
    String days;

    @Parameter(
            description = "Page size, 1-500; default 200.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "200"))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "The nextCursor of the previous page.")
    @QueryParam("cursor")
    String cursor;

    /** The days asked for: from today (Finnish time) unless a day is named, {@code fewest} unless more are. */
    public Days days(int fewest) {
        LocalDate first = QueryParameters.date("from", from);
        return new Days(
                first == null ? LocalDate.now(BookingTime.ZONE) : first, QueryParameters.integer("days", days, fewest));
    }

    public int limit() {
        return QueryParameters.integer("limit", limit, DEFAULT_LIMIT);
    }

    /** Where the previous page ended; null for the first page. */
    public PageCursor after() {
        return PageCursor.parse("cursor", cursor);
    }
}
