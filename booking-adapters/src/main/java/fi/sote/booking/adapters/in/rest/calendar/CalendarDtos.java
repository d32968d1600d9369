package fi.sote.booking.adapters.in.rest.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.adapters.in.rest.LocalizedTextDto;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.calendar.Channel;

/** Request and response bodies of calendars: entries and released time. */
public final class CalendarDtos {

    private CalendarDtos() {}

    @Schema(name = "CalendarEntryRequest", description = "A new entry in a resource's calendar (kalenteri).")
    public record CalendarEntryRequest(
            @Schema(description = "Code of the calendar entry type (toiminto).", examples = "HOME_VISIT") @NotBlank
            String entryType,

            @Schema(description = "Start (aikaväli), ISO-8601 with offset.", examples = "2026-11-24T09:00:00+02:00")
            @NotNull
            OffsetDateTime start,

            @Schema(description = "End, ISO-8601 with offset; after the start.", examples = "2026-11-24T10:30:00+02:00")
            @NotNull
            OffsetDateTime end,

            @Schema(
                    description =
                            "For client work: the client's identifier in the client-record system (never a personal "
                                    + "identity code). Shown only to those entitled.")
            String clientReference,

            @Schema(
                    description = "True to add an entry that blocks booking over times clients have booked; without "
                            + "it such an entry is refused (entry-over-bookings) with the bookings listed.",
                    nullable = true)
            Boolean confirmOverBookings) {}

    @Schema(
            name = "CalendarEntryChange",
            description = "The entry as it is to be: type, time and client (move, resize, retype, or another "
                    + "client). What is left out is left out of the entry: send back what was read and change what "
                    + "changes.")
    public record CalendarEntryChange(
            @Schema(
                    description = "Code of the calendar entry type; an entry becomes or stops being an absence only "
                            + "through the absences.",
                    examples = "HOME_VISIT")
            @NotBlank
            String entryType,

            @Schema(description = "Start, ISO-8601 with offset.", examples = "2026-11-24T09:00:00+02:00") @NotNull
            OffsetDateTime start,

            @Schema(description = "End, ISO-8601 with offset; after the start.", examples = "2026-11-24T10:30:00+02:00")
            @NotNull
            OffsetDateTime end,

            @Schema(
                    description = "For client work: the client's identifier in the client-record system; left out "
                            + "when the entry concerns no client.",
                    nullable = true)
            String clientReference,

            @Schema(
                    description = "True to keep an entry that blocks booking over times clients have booked; "
                            + "without it such a change is refused (entry-over-bookings) with the bookings listed.",
                    nullable = true)
            Boolean confirmOverBookings) {}

    @Schema(
            name = "BookingHit",
            description = "A booked time a blocking entry lies over, to reorganise (never the client).")
    public record BookingHitView(
            @Schema(description = "The booking.") UUID id,
            @Schema(description = "Start (UTC).") Instant start,
            @Schema(description = "End (UTC).") Instant end,
            @Schema(description = "Its status.") BookingStatus status,
            @Schema(description = "The bookable product.") UUID productId) {

        static BookingHitView of(Booking booking) {
            return new BookingHitView(
                    booking.id().value(),
                    booking.time().interval().start(),
                    booking.time().interval().end(),
                    booking.status(),
                    booking.time().product().value());
        }
    }

    @Schema(name = "CalendarEntry", description = "An entry in a resource's calendar.")
    public record CalendarEntryView(
            @Schema(description = "Identifier.") UUID id,

            @Schema(description = "The resource whose calendar holds the entry.")
            UUID resourceId,

            @Schema(description = "Code of the calendar entry type; left out when masked.", nullable = true)
            String entryType,

            @Schema(
                    description =
                            "The entry type's neutral label, which is all that a masked entry says of what it is.")
            LocalizedTextDto label,

            @Schema(
                    description = "True when the caller is not entitled to know whom this client work concerns: entry "
                            + "type and client are then left out.")
            boolean masked,

            @Schema(description = "Whether the entry makes the resource unavailable for bookings.")
            boolean blocksBooking,

            @Schema(description = "Start (UTC).") Instant start,
            @Schema(description = "End (UTC).") Instant end,

            @Schema(
                    description =
                            "The client's identifier in the client-record system, for client work; only for those "
                                    + "entitled.",
                    nullable = true)
            String clientReference,

            @Schema(description = "Version, increased by every change; also the ETag, for If-Match.")
            long version,

            @Schema(
                    description = "In the answer to adding or changing an entry that blocks booking: the booked "
                            + "times it lies over (confirmed with confirmOverBookings), by start, to reorganise. Left "
                            + "out of reads and lists.",
                    nullable = true)
            List<BookingHitView> bookingsHit) {}

    @Schema(name = "CalendarEntryList", description = "Entries of a calendar in a period, by start.")
    public record CalendarEntryList(
            @Schema(description = "The entries.") List<CalendarEntryView> items) {}

    @Schema(name = "ReleaseTerms", description = "What released time is open for.")
    public record ReleaseTermsDto(
            @Schema(description = "The bookable products (varaustuotteet) the time may be booked for.") @NotEmpty
            List<UUID> productIds,

            @Schema(description = "The channels that may book it.") @NotEmpty
            List<Channel> channels,

            @Schema(description = "Contact modes (asiointitavat) offered; empty: every mode the product allows.")
            List<String> contactModes,

            @Schema(description = "Where the time is given; absent: the professional's own service points.")
            UUID servicePointId) {}

    @Schema(name = "OneOffReleaseRequest", description = "Time released once for booking (at most 7 days).")
    public record OneOffReleaseRequest(
            @Schema(description = "Start, ISO-8601 with offset.", examples = "2026-11-24T09:00:00+02:00") @NotNull
            OffsetDateTime start,

            @Schema(description = "End, ISO-8601 with offset.", examples = "2026-11-24T12:00:00+02:00") @NotNull
            OffsetDateTime end,

            @Schema(description = "What the time is open for.") @NotNull @Valid
            ReleaseTermsDto terms) {}

    @Schema(
            name = "WeeklyReleaseRequest",
            description = "Time released by a weekly template, in Finnish local time. Finnish "
                    + "public holidays (and Midsummer and Christmas Eve) are skipped unless includeHolidays is set.")
    public record WeeklyReleaseRequest(
            @Schema(description = "Weekdays of the template.", examples = "[\"MONDAY\",\"WEDNESDAY\"]") @NotEmpty
            List<DayOfWeek> weekdays,

            @Schema(
                    description = "Local start time (HH:mm), Europe/Helsinki.",
                    type = SchemaType.STRING,
                    examples = "09:00")
            @NotNull
            LocalTime startTime,

            @Schema(
                    description = "Local end time (HH:mm), after the start.",
                    type = SchemaType.STRING,
                    examples = "11:00")
            @NotNull
            LocalTime endTime,

            @Schema(description = "First date (inclusive).", examples = "2026-11-23") @NotNull
            LocalDate validFrom,

            @Schema(description = "Last date (inclusive), at most two years after the first.", examples = "2027-05-31")
            @NotNull
            LocalDate validUntil,

            @Schema(description = "Dates on which the template gives no time.")
            List<LocalDate> skippedDates,

            @Schema(description = "Whether the template gives time on holidays too.")
            Boolean includeHolidays,

            @Schema(description = "What the time is open for.") @NotNull @Valid
            ReleaseTermsDto terms) {}

    @Schema(
            name = "Release",
            description = "Released time of a resource, once (ONE_OFF) or by a weekly template (WEEKLY).")
    public record ReleaseView(
            @Schema(description = "Identifier.") UUID id,

            @Schema(
                    description = "ONE_OFF or WEEKLY.",
                    enumeration = {"ONE_OFF", "WEEKLY"})
            String kind,

            @Schema(description = "The resource.") UUID resourceId,

            @Schema(description = "ONE_OFF: start.", nullable = true)
            Instant start,

            @Schema(description = "ONE_OFF: end.", nullable = true)
            Instant end,

            @Schema(description = "WEEKLY: weekdays.", nullable = true)
            List<DayOfWeek> weekdays,

            @Schema(description = "WEEKLY: local start time.", type = SchemaType.STRING, nullable = true)
            LocalTime startTime,

            @Schema(description = "WEEKLY: local end time.", type = SchemaType.STRING, nullable = true)
            LocalTime endTime,

            @Schema(description = "WEEKLY: first date.", nullable = true)
            LocalDate validFrom,

            @Schema(description = "WEEKLY: last date.", nullable = true)
            LocalDate validUntil,

            @Schema(description = "WEEKLY: skipped dates.", nullable = true)
            List<LocalDate> skippedDates,

            @Schema(description = "WEEKLY: whether holidays give time too.", nullable = true)
            Boolean includeHolidays,

            @Schema(description = "What the time is open for.")
            ReleaseTermsDto terms) {}

    @Schema(name = "ReleaseList", description = "Released time of a resource.")
    public record ReleaseList(
            @Schema(description = "The releases.") List<ReleaseView> items) {}
}
