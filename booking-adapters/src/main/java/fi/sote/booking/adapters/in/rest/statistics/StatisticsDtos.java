package fi.sote.booking.adapters.in.rest.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.application.statistics.port.in.StatisticsQuery.Share;
import fi.sote.booking.application.statistics.port.in.StatisticsQuery.TimeUseLine;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.statistics.Dimension;
import fi.sote.booking.domain.statistics.SmallCells.Shown;

/** Response bodies of statistics. */
public final class StatisticsDtos {

    private StatisticsDtos() {}

    @Schema(
            name = "StatisticsPeriod",
            description = "Local dates (Europe/Helsinki), both inclusive; bookings count by when " + "they were made.")
    public record PeriodView(LocalDate from, LocalDate to) {}

    @Schema(
            name = "StatisticsCell",
            description = "A count of bookings made. Suppressed: bookings and clients left out.")
    public record CellView(
            @Schema(
                    description =
                            "The values of the dimensions grouped by, e.g. {\"CHANNEL\": \"PROFESSIONAL\"}; a dimension "
                                    + "without a value (a time at no service point) is left out.")
            Map<Dimension, String> keys,

            @Schema(description = "Bookings made.", nullable = true)
            Long bookings,

            @Schema(description = "Distinct clients they concern.", nullable = true)
            Long clients,

            @Schema(description = "Hidden by the small-cell rule.")
            boolean suppressed) {

        static CellView of(Shown shown) {
            return new CellView(
                    new LinkedHashMap<>(shown.cell().keys()),
                    shown.suppressed() ? null : shown.cell().bookings(),
                    shown.suppressed() ? null : shown.cell().clients(),
                    shown.suppressed());
        }
    }

    @Schema(name = "BookingStatistics", description = "Bookings made in a period, grouped.")
    public record BookingStatisticsView(
            PeriodView period,

            @Schema(
                    description =
                            "INTERNAL, or EXTERNAL: for outside the organisation, small cells suppressed and counts perturbed (suppressionRule).")
            String audience,

            @Schema(description = "The suppression rule applied; left out when none was.", nullable = true)
            String suppressionRule,

            @Schema(description = "The dimensions grouped by.")
            List<Dimension> groupBy,

            @Schema(description = "One per combination of keys that has bookings, by keys.")
            List<CellView> cells,

            CellView total) {}

    @Schema(
            name = "StatisticsShare",
            description =
                    "A share in percent, one decimal; the numbers are left out when suppressed, the percent also when there is nothing to divide.")
    public record ShareView(
            @Schema(description = "Percent, one decimal.", nullable = true)
            Double percent,

            @Schema(description = "The bookings counted in the share.", nullable = true)
            Long numerator,

            @Schema(description = "All bookings made.", nullable = true)
            Long denominator,

            @Schema(description = "Hidden because a count it rests on is.")
            boolean suppressed) {

        static ShareView of(Share share) {
            return new ShareView(share.percent(), share.numerator(), share.denominator(), share.suppressed());
        }
    }

    @Schema(
            name = "StatisticsIndicators",
            description = "The indicators of seed 2, section 8, for one follow-up period. "
                    + "Staff bookings are those made by professionals and counsellors, directly or through an integration (the "
                    + "client-record system); client bookings those made in client self-service.")
    public record IndicatorsView(
            PeriodView period,

            @Schema(
                    description =
                            "INTERNAL, or EXTERNAL: small cells suppressed and counts perturbed (suppressionRule).")
            String audience,

            @Schema(description = "The suppression rule applied; left out when none was.", nullable = true)
            String suppressionRule,

            @Schema(description = "Bookings made by staff, in total.")
            CellView staffBookings,

            @Schema(description = "Bookings made by staff per service task.")
            List<CellView> staffBookingsByServiceTask,

            @Schema(description = "Bookings made by staff per social service.")
            List<CellView> staffBookingsBySocialService,

            @Schema(description = "Bookings made by clients per service task.")
            List<CellView> clientBookingsByServiceTask,

            @Schema(description = "Bookings made by clients per social service.")
            List<CellView> clientBookingsBySocialService,

            @Schema(description = "All bookings made.") CellView allBookings,

            @Schema(description = "Client self-service bookings as a share of all bookings made.")
            ShareView clientShare,

            @Schema(
                    description =
                            "Bookings with a remote contact mode as a share of all bookings made (the national target "
                                    + "is 35 %).")
            ShareView remoteShare) {}

    @Schema(name = "TimeUseLine", description = "Hours of one kind of time of a team or a professional in the period.")
    public record TimeUseLineView(
            @Schema(description = "The team's code.") String team,

            @Schema(description = "The professional (resource); left out on a team's line.", nullable = true)
            String resourceId,

            @Schema(description = "The professional's name; left out on a team's line.", nullable = true)
            String professional,

            @Schema(description = "ENTRY: calendar entries of an entry type; BOOKING: booked time of a product.")
            String kind,

            @Schema(description = "The entry type's or the product's code.")
            String type,

            EntryCategory category,

            @Schema(description = "Hours within the period, two decimals.")
            double hours) {

        static TimeUseLineView of(TimeUseLine line) {
            return new TimeUseLineView(
                    line.team(),
                    line.resourceId(),
                    line.professional(),
                    line.kind(),
                    line.type(),
                    line.category(),
                    line.hours());
        }
    }

    @Schema(name = "TimeUse", description = "Time use of the teams the supervisor leads (transparency of time use).")
    public record TimeUseView(
            PeriodView period,

            @Schema(description = "Per team, entry type and product.")
            List<TimeUseLineView> byTeam,

            @Schema(description = "Per professional, entry type and product.")
            List<TimeUseLineView> byProfessional) {}

    @Schema(
            name = "WaitlistFigure",
            description = "A count of waitlist entries. Suppressed: entries and clients left out.")
    public record WaitlistFigureView(
            @Schema(description = "Entries counted.", nullable = true)
            Long entries,

            @Schema(description = "Distinct clients they concern.", nullable = true)
            Long clients,

            @Schema(description = "Hidden by the small-cell rule.")
            boolean suppressed) {

        static WaitlistFigureView of(Shown shown) {
            return new WaitlistFigureView(
                    shown.suppressed() ? null : shown.cell().bookings(),
                    shown.suppressed() ? null : shown.cell().clients(),
                    shown.suppressed());
        }
    }

    @Schema(
            name = "WaitlistStatistics",
            description = "The waitlist over one follow-up period: how many joined, how the waits that ended in it "
                    + "ended, and how many were still waiting at its end.")
    public record WaitlistStatisticsView(
            PeriodView period,

            @Schema(
                    description =
                            "INTERNAL, or EXTERNAL: small cells suppressed and counts perturbed (suppressionRule).")
            String audience,

            @Schema(description = "The suppression rule applied; left out when none was.", nullable = true)
            String suppressionRule,

            @Schema(description = "Entries that joined the waitlist in the period.")
            WaitlistFigureView joined,

            @Schema(description = "Waits that ended in the period with an offered time booked.")
            WaitlistFigureView booked,

            @Schema(description = "Waits the client (or staff for them) withdrew in the period.")
            WaitlistFigureView withdrawn,

            @Schema(description = "Waits whose days passed in the period without a time booked.")
            WaitlistFigureView ended,

            @Schema(description = "Entries still waiting, or holding an offer, at the end of the period.")
            WaitlistFigureView waiting) {}
}
