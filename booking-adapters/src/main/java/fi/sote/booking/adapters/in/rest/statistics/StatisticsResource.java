package fi.sote.booking.adapters.in.rest.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.in.rest.Csv;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.BookingStatisticsView;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.CellView;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.IndicatorsView;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.PeriodView;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.ShareView;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.TimeUseLineView;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.TimeUseView;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.WaitlistFigureView;
import fi.sote.booking.adapters.in.rest.statistics.StatisticsDtos.WaitlistStatisticsView;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.statistics.port.in.StatisticsQuery;
import fi.sote.booking.application.statistics.port.in.StatisticsQuery.BookingCounts;
import fi.sote.booking.application.statistics.port.in.StatisticsQuery.Indicators;
import fi.sote.booking.application.statistics.port.in.StatisticsQuery.Table;
import fi.sote.booking.application.statistics.port.in.StatisticsQuery.WaitlistFigures;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.statistics.Dimension;
import fi.sote.booking.domain.statistics.FollowUpPeriod;
import fi.sote.booking.domain.statistics.SmallCells;

/**
 * The statistics the counties follow, as JSON or CSV (Accept: text/csv), aggregated in the database
 * and never naming a client. Exports for outside the organisation (audience=EXTERNAL, and always for
 * an integration) suppress small cells and say so.
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Transactional
public class StatisticsResource {

    private static final String PERIOD =
            "The period's first day (ISO-8601 date); with to. Without both, the last complete "
                    + "two-month follow-up period (January-February, March-April, ...).";

    private final StatisticsQuery statistics;
    private final Caller caller;

    StatisticsResource(StatisticsQuery statistics, Caller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Path("bookings")
    @RolesAllowed({Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.STATISTICS_READ)
    @Operation(
            operationId = "bookingStatistics",
            summary = "Bookings made, counted and grouped",
            description = "Bookings made in the period grouped by up to four of CHANNEL, MADE_BY, SERVICE_TASK, "
                    + "SOCIAL_SERVICE, CONTACT_MODE, REMOTE, STATUS, SERVICE_POINT. A booking counts once, when and through "
                    + "the channel it was made; holds never confirmed are not bookings; a moved booking counts as MOVED and "
                    + "its replacement not again.")
    @APIResponse(
            responseCode = "200",
            description = "The counts, by their keys.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = BookingStatisticsView.class)),
                @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response bookings(
            @Parameter(description = PERIOD, schema = @Schema(implementation = LocalDate.class)) @QueryParam("from")
                    String from,
            @Parameter(
                            description = "The period's last day (ISO-8601 date), inclusive.",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Dimensions, comma-separated, e.g. CHANNEL,SERVICE_TASK.",
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Dimension.class))
                    @QueryParam("groupBy")
                    String groupBy,
            @Parameter(
                            description = "INTERNAL (default) or EXTERNAL.",
                            schema =
                                    @Schema(
                                            enumeration = {"INTERNAL", "EXTERNAL"},
                                            defaultValue = "INTERNAL"))
                    @QueryParam("audience")
                    String audience,
            @Context HttpHeaders headers) {
        BookingCounts counts = Outcomes.value(
                statistics.bookings(caller.actor(), period(from, to), dimensions(groupBy), external(audience)));
        List<CellView> cells = counts.table().cells().stream().map(CellView::of).toList();
        CellView total = CellView.of(counts.total());
        if (wantsCsv(headers)) {
            List<List<String>> rows = new ArrayList<>();
            for (CellView cell : cells) {
                rows.add(cellRow(counts.table().groupBy(), cell));
            }
            rows.add(cellRow(counts.table().groupBy(), total));
            List<String> header = new ArrayList<>(
                    counts.table().groupBy().stream().map(Dimension::name).toList());
            header.addAll(List.of("bookings", "clients", "suppressed"));
            return csv(header, rows);
        }
        return Response.ok(
                        new BookingStatisticsView(
                                period(counts.period()),
                                audienceOf(counts.suppression()),
                                counts.suppression() ? SmallCells.RULE : null,
                                counts.table().groupBy(),
                                cells,
                                total),
                        MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("indicators")
    @RolesAllowed({Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.STATISTICS_READ)
    @Operation(
            operationId = "statisticsIndicators",
            summary = "The follow-up indicators of the counties",
            description = "Bookings made by staff in total, per service task and per social service; bookings made by "
                    + "clients per service task and per social service; the clients' share of all bookings made; the share "
                    + "of remote contacts.")
    @APIResponse(
            responseCode = "200",
            description = "The indicators.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = IndicatorsView.class)),
                @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response indicators(
            @Parameter(description = PERIOD, schema = @Schema(implementation = LocalDate.class)) @QueryParam("from")
                    String from,
            @Parameter(
                            description = "The period's last day (ISO-8601 date), inclusive.",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "INTERNAL (default) or EXTERNAL.",
                            schema =
                                    @Schema(
                                            enumeration = {"INTERNAL", "EXTERNAL"},
                                            defaultValue = "INTERNAL"))
                    @QueryParam("audience")
                    String audience,
            @Context HttpHeaders headers) {
        Indicators found = Outcomes.value(statistics.indicators(caller.actor(), period(from, to), external(audience)));
        IndicatorsView view = new IndicatorsView(
                period(found.period()),
                audienceOf(found.suppression()),
                found.suppression() ? SmallCells.RULE : null,
                CellView.of(found.staffTotal()),
                cells(found.staffByServiceTask()),
                cells(found.staffBySocialService()),
                cells(found.clientByServiceTask()),
                cells(found.clientBySocialService()),
                CellView.of(found.total()),
                ShareView.of(found.clientShare()),
                ShareView.of(found.remoteShare()));
        if (wantsCsv(headers)) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(indicatorRow("staffBookings", null, view.staffBookings()));
            addRows(rows, "staffBookingsByServiceTask", Dimension.SERVICE_TASK, view.staffBookingsByServiceTask());
            addRows(
                    rows,
                    "staffBookingsBySocialService",
                    Dimension.SOCIAL_SERVICE,
                    view.staffBookingsBySocialService());
            addRows(rows, "clientBookingsByServiceTask", Dimension.SERVICE_TASK, view.clientBookingsByServiceTask());
            addRows(
                    rows,
                    "clientBookingsBySocialService",
                    Dimension.SOCIAL_SERVICE,
                    view.clientBookingsBySocialService());
            rows.add(indicatorRow("allBookings", null, view.allBookings()));
            rows.add(List.of(
                    "clientSharePercent",
                    "",
                    text(view.clientShare().percent()),
                    Boolean.toString(view.clientShare().suppressed())));
            rows.add(List.of(
                    "remoteSharePercent",
                    "",
                    text(view.remoteShare().percent()),
                    Boolean.toString(view.remoteShare().suppressed())));
            return csv(List.of("indicator", "key", "value", "suppressed"), rows);
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("waitlist")
    @RolesAllowed({Roles.SUPERVISOR, Roles.INTEGRATION})
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.STATISTICS_READ)
    @Operation(
            operationId = "waitlistStatistics",
            summary = "The waitlist's figures",
            description = "How many clients joined the waitlist in the period, how many waits ended in it with a time "
                    + "booked, withdrawn or with their days passed, and how many were waiting at its end. Counts of "
                    + "entries and of distinct clients; for EXTERNAL, protected as the other statistics are.")
    @APIResponse(
            responseCode = "200",
            description = "The figures.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WaitlistStatisticsView.class)))
    public Response waitlist(
            @Parameter(description = PERIOD, schema = @Schema(implementation = LocalDate.class)) @QueryParam("from")
                    String from,
            @Parameter(
                            description = "The period's last day (ISO-8601 date), inclusive.",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "INTERNAL (default) or EXTERNAL.",
                            schema =
                                    @Schema(
                                            enumeration = {"INTERNAL", "EXTERNAL"},
                                            defaultValue = "INTERNAL"))
                    @QueryParam("audience")
                    String audience) {
        WaitlistFigures found =
                Outcomes.value(statistics.waitlist(caller.actor(), period(from, to), external(audience)));
        return Response.ok(
                        new WaitlistStatisticsView(
                                period(found.period()),
                                audienceOf(found.suppression()),
                                found.suppression() ? SmallCells.RULE : null,
                                WaitlistFigureView.of(found.joined()),
                                WaitlistFigureView.of(found.booked()),
                                WaitlistFigureView.of(found.withdrawn()),
                                WaitlistFigureView.of(found.ended()),
                                WaitlistFigureView.of(found.waiting())),
                        MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("time-use")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(
            operationId = "timeUseStatistics",
            summary = "Time use per team and per professional",
            description =
                    "Hours of calendar entries per entry type and category, and of booked time per product (category "
                            + "CLIENT_WORK; a group time once), within the period, for the professionals the supervisor leads.")
    @APIResponse(
            responseCode = "200",
            description = "The hours.",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimeUseView.class)),
                @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response timeUse(
            @Parameter(description = PERIOD, schema = @Schema(implementation = LocalDate.class)) @QueryParam("from")
                    String from,
            @Parameter(
                            description = "The period's last day (ISO-8601 date), inclusive.",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("to")
                    String to,
            @Context HttpHeaders headers) {
        var found = Outcomes.value(statistics.timeUse(caller.actor(), period(from, to)));
        List<TimeUseLineView> byTeam =
                found.byTeam().stream().map(TimeUseLineView::of).toList();
        List<TimeUseLineView> byProfessional =
                found.byProfessional().stream().map(TimeUseLineView::of).toList();
        if (wantsCsv(headers)) {
            List<List<String>> rows = new ArrayList<>();
            Stream.concat(byTeam.stream(), byProfessional.stream())
                    .forEach(line -> rows.add(Arrays.asList(
                            line.resourceId() == null ? "TEAM" : "PROFESSIONAL",
                            line.team(),
                            line.resourceId(),
                            line.professional(),
                            line.kind(),
                            line.type(),
                            line.category().name(),
                            Double.toString(line.hours()))));
            return csv(
                    List.of("level", "team", "resourceId", "professional", "kind", "type", "category", "hours"), rows);
        }
        return Response.ok(new TimeUseView(period(found.period()), byTeam, byProfessional), MediaType.APPLICATION_JSON)
                .build();
    }

    private static FollowUpPeriod period(String from, String to) {
        LocalDate first = QueryParameters.date("from", from);
        LocalDate last = QueryParameters.date("to", to);
        if ((first == null) != (last == null)) {
            throw new InvalidValueException(
                    first == null ? "from" : "to", "is required with " + (first == null ? "to" : "from"));
        }
        return FollowUpPeriod.of(first, last, LocalDate.now(BookingTime.ZONE));
    }

    private static PeriodView period(FollowUpPeriod period) {
        return new PeriodView(period.from(), period.to());
    }

    private static List<Dimension> dimensions(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of();
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : groupBy.split(",")) {
            try {
                dimensions.add(Dimension.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(
                        "groupBy", "must name dimensions among " + Arrays.toString(Dimension.values()));
            }
        }
        return dimensions;
    }

    private static boolean external(String audience) {
        if (audience == null || audience.isBlank() || audience.strip().equalsIgnoreCase("INTERNAL")) {
            return false;
        }
        if (audience.strip().equalsIgnoreCase("EXTERNAL")) {
            return true;
        }
        throw new InvalidValueException("audience", "must be INTERNAL or EXTERNAL");
    }

    private static String audienceOf(boolean suppression) {
        return suppression ? "EXTERNAL" : "INTERNAL";
    }

    private static List<CellView> cells(Table table) {
        return table.cells().stream().map(CellView::of).toList();
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE)) && !type.isWildcardType());
    }

    private static List<String> cellRow(List<Dimension> groupBy, CellView cell) {
        List<String> row = new ArrayList<>();
        for (Dimension dimension : groupBy) {
            row.add(cell.keys().containsKey(dimension) ? cell.keys().get(dimension) : "TOTAL");
        }
        row.addAll(List.of(text(cell.bookings()), text(cell.clients()), Boolean.toString(cell.suppressed())));
        return row;
    }

    private static void addRows(List<List<String>> rows, String indicator, Dimension key, List<CellView> cells) {
        cells.forEach(cell -> rows.add(indicatorRow(indicator, cell.keys().get(key), cell)));
    }

    private static List<String> indicatorRow(String indicator, String key, CellView cell) {
        return Arrays.asList(indicator, key, text(cell.bookings()), Boolean.toString(cell.suppressed()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Response csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", header)).append("\r\n");
        for (List<String> row : rows) {
            out.append(row.stream().map(Csv::cell).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return Response.ok(out.toString(), Csv.MEDIA_TYPE + "; charset=UTF-8").build();
    }
}
