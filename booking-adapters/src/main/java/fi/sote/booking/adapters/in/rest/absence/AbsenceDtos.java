package fi.sote.booking.adapters.in.rest.absence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.application.absence.port.in.AffectedTime;
import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase.Action;
import fi.sote.booking.domain.absence.ReplacementRanking.Basis;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.calendar.Channel;

/** Request and response bodies of absences and their reorganisation. */
public final class AbsenceDtos {

    private AbsenceDtos() {}

    @Schema(name = "AbsenceRequest", description = "An absence (poissaolo) of a professional for a period.")
    public record AbsenceRequest(
            @Schema(description = "The absent professional (resource).") @NotNull
            UUID resourceId,

            @Schema(
                    description = "Code of a calendar entry type of category ABSENCE that blocks booking (sick leave, "
                            + "training, ...). Others see only its neutral label.",
                    examples = "SICK_LEAVE")
            @NotBlank
            String entryType,

            @Schema(description = "Start, ISO-8601 with offset.", examples = "2026-11-24T08:00:00+02:00") @NotNull
            OffsetDateTime start,

            @Schema(
                    description =
                            "End, ISO-8601 with offset; at most 92 days after the start (record longer absences in "
                                    + "parts).",
                    examples = "2026-11-27T16:00:00+02:00")
            @NotNull
            OffsetDateTime end) {}

    @Schema(
            name = "AffectedBooking",
            description = "A booking as the reorganisation needs it: when, what and how; never " + "the client.")
    public record AffectedBookingView(
            @Schema(description = "The booking.") UUID id,

            @Schema(description = "The professional (resource) whose time it takes.")
            UUID resourceId,

            @Schema(description = "The bookable product.") UUID productId,
            @Schema(description = "Start (UTC).") Instant start,
            @Schema(description = "End (UTC).") Instant end,

            @Schema(description = "Contact mode (asiointitapa) code.")
            String contactMode,

            @Schema(description = "Service point; left out when the time names none.", nullable = true)
            UUID servicePointId,

            @Schema(description = "Status.") BookingStatus status,

            @Schema(description = "The client's language (ISO 639-1): a replacement must speak it.", nullable = true)
            String clientLanguage,

            @Schema(description = "The channel it was booked through.")
            Channel channel,

            @Schema(description = "Version: the booking's ETag, for a decision's version.")
            long version,

            @Schema(
                    description = "Every booking of this booked time: the booking alone, or all of a group time's "
                            + "participants, which a decision on any one of them moves or cancels together.")
            List<UUID> bookingIds) {

        static AffectedBookingView of(AffectedTime affected) {
            return of(
                    affected.first(),
                    affected.bookings().stream().map(each -> each.id().value()).toList());
        }

        static AffectedBookingView of(Booking booking) {
            return of(booking, List.of(booking.id().value()));
        }

        private static AffectedBookingView of(Booking booking, List<UUID> bookingIds) {
            var time = booking.time();
            return new AffectedBookingView(
                    booking.id().value(),
                    time.resource().value(),
                    time.product().value(),
                    time.interval().start(),
                    time.interval().end(),
                    time.contactMode(),
                    time.servicePoint() == null ? null : time.servicePoint().value(),
                    booking.status(),
                    booking.clientLanguage(),
                    booking.channel(),
                    booking.version(),
                    bookingIds);
        }
    }

    @Schema(
            name = "ReleasedWindow",
            description = "A window of released time the absence falls on (no longer offered).")
    public record ReleasedWindowView(UUID releaseId, Instant start, Instant end) {}

    @Schema(
            name = "Absence",
            description = "An absence and what it falls on, as it stands now: bookings drop out as they "
                    + "are reassigned or cancelled.")
    public record AbsenceView(
            @Schema(description = "Identifier (that of its calendar entry).")
            UUID id,

            UUID resourceId,

            @Schema(description = "Code of its calendar entry type.")
            String entryType,

            Instant start,
            Instant end,
            @Schema(description = "Who recorded it.") String recordedBy,
            Instant recordedAt,

            @Schema(
                    description = "Booked times that still take the absent professional's time, by start: a group "
                            + "time once, with its bookings in bookingIds.")
            List<AffectedBookingView> affectedBookings,

            @Schema(description = "Released time within the absence, by start.")
            List<ReleasedWindowView> affectedReleasedTime) {}

    @Schema(name = "Replacement", description = "A professional who could take the booking at its time.")
    public record ReplacementView(
            UUID resourceId,

            @Schema(description = "The professional's name.")
            String name,

            @Schema(description = "Their professional title.", nullable = true)
            String title,

            @Schema(
                    description = "RELEASED_TIME: they released time for it with its contact mode; WORKING_TIME: it is "
                            + "unbooked working time for them.")
            Basis basis) {}

    @Schema(name = "LaterTime", description = "A free time of the same professional after the absence.")
    public record LaterTimeView(
            UUID resourceId,
            Instant start,
            Instant end,
            @Schema(nullable = true) UUID servicePointId) {}

    @Schema(
            name = "ReplacementSuggestion",
            description = "For one affected booking: replacements at its time, best first, "
                    + "then free times of the same professional after their return.")
    public record SuggestionView(
            AffectedBookingView booking,

            @Schema(description = "Who could take it at its time, best first.")
            List<ReplacementView> replacements,

            @Schema(description = "Up to three free times of the same professional after the absence.")
            List<LaterTimeView> afterReturn) {}

    @Schema(name = "ReplacementSuggestions", description = "Suggestions for each affected booking, by its start.")
    public record SuggestionList(
            @Schema(description = "One per affected booking.")
            List<SuggestionView> items) {}

    @Schema(name = "AbsenceDecision", description = "What to do with one affected booking.")
    public record DecisionRequest(
            @Schema(description = "The booking.") @NotNull UUID bookingId,

            @Schema(description = "REASSIGN to another professional (or time), or CANCEL.") @NotNull
            Action action,

            @Schema(description = "REASSIGN: who takes it; left out to keep the professional and move the time.")
            UUID resourceId,

            @Schema(description = "REASSIGN: the new start; left out to keep the time.")
            OffsetDateTime start,

            @Schema(description = "The booking's version as read (its ETag); left out not to check.")
            Long version) {}

    @Schema(name = "AbsenceDecisions", description = "Decisions carried out all together or not at all.")
    public record DecisionsRequest(
            @Schema(description = "1-200 decisions.") @NotEmpty @Size(max = 200)
            List<@Valid @NotNull DecisionRequest> decisions) {}

    @Schema(
            name = "HandledBooking",
            description = "What became of one booking: for REASSIGN the booking that replaces "
                    + "it (the old one is MOVED and links to it), for CANCEL the cancelled booking.")
    public record HandledView(UUID bookingId, Action action, AffectedBookingView now) {}

    @Schema(
            name = "HandledBookings",
            description = "What became of each booking, in the order of the decisions; a group time's other "
                    + "participants follow the one its decision named.")
    public record HandledList(
            @Schema(description = "One per booking handled.")
            List<HandledView> items) {}

    @Schema(
            name = "NeedsAttention",
            description = "A booking an absence falls on, neither reassigned nor cancelled yet.")
    public record NeedsAttentionView(UUID absenceId, UUID absentResourceId, AffectedBookingView booking) {}

    @Schema(name = "NeedsAttentionList", description = "The team's unhandled affected bookings, by start.")
    public record NeedsAttentionList(
            @Schema(description = "Empty when all is handled.")
            List<NeedsAttentionView> items) {}
}
