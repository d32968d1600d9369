package fi.sote.booking.adapters.in.rest.safety;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.adapters.in.rest.LocalizedTextDto;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.safety.Visit;

/** Request and response bodies of work safety: whereabouts, visits and alerts. */
public final class SafetyDtos {

    private SafetyDtos() {}

    @Schema(name = "WhereaboutsItem", description = "What a worker is doing: never whom with.")
    public record ItemView(
            @Schema(description = "ENTRY (a calendar entry) or BOOKING.")
            String kind,

            @Schema(description = "The entry type's neutral label, or the contact mode's name for a booking.")
            LocalizedTextDto label,

            @Schema(nullable = true) EntryCategory category,
            Instant start,
            Instant end,

            @Schema(description = "A booking's contact mode code.", nullable = true)
            String contactMode,

            @Schema(description = "Whether the contact mode is remote.")
            boolean remote,

            @Schema(description = "Where: the service point, if any.", nullable = true)
            UUID servicePointId,

            @Schema(description = "The service point's name.", nullable = true)
            LocalizedTextDto servicePointName,

            @Schema(
                    description =
                            "For a visit at the client's: the postal code area; left out under non-disclosure for "
                                    + "personal safety (turvakielto).",
                    nullable = true)
            String visitArea) {}

    @Schema(name = "WorkerWhereabouts", description = "One worker of the team: now and next.")
    public record WorkerView(
            UUID resourceId,
            @Schema(description = "The worker's name.") String name,

            @Schema(description = "Their professional title.", nullable = true)
            String title,

            @Schema(description = "What they are doing now; left out when nothing.", nullable = true)
            ItemView current,

            @Schema(description = "What comes next within a week; left out when nothing.", nullable = true)
            ItemView next,

            @Schema(description = "The visit they are checked in at; left out when none.", nullable = true)
            VisitView checkedIn) {}

    @Schema(name = "TeamWhereabouts", description = "Where the team's workers are at a moment.")
    public record WhereaboutsView(
            @Schema(description = "The team's code.") String team,
            Instant at,
            @Schema(description = "The workers, by name.") List<WorkerView> workers) {}

    @Schema(
            name = "CheckIn",
            description = "Checking in at a visit of one's own calendar: name a booking or a calendar entry.")
    public record CheckInRequest(
            @Schema(description = "The booking visited (not a remote contact).")
            UUID bookingId,

            @Schema(description = "Or the calendar entry visited.")
            UUID calendarEntryId,

            @Schema(
                    description =
                            "When the worker expects to be done; left out for the planned end. An alert is raised "
                                    + "when they have not checked out by then plus the grace period.")
            OffsetDateTime expectedEnd) {}

    @Schema(name = "Visit", description = "A visit a worker checked in at, and its alert.")
    public record VisitView(
            UUID id,
            UUID resourceId,
            @Schema(nullable = true) UUID bookingId,
            @Schema(nullable = true) UUID calendarEntryId,
            Instant checkedInAt,
            Instant plannedEnd,

            @Schema(description = "When an alert is raised unless checked out: the planned end plus the grace period.")
            Instant alertDueAt,

            @Schema(nullable = true) Instant checkedOutAt,

            @Schema(description = "When the alert was raised; left out until it is.", nullable = true)
            Instant alertRaisedAt,

            @Schema(nullable = true) Instant alertClosedAt,

            @Schema(
                    description = "Who closed the alert (the worker checking out, or their supervisor).",
                    nullable = true)
            String alertClosedBy) {

        public static VisitView of(Visit visit) {
            return new VisitView(
                    visit.id().value(),
                    visit.resource().value(),
                    visit.booking() == null ? null : visit.booking().value(),
                    visit.entry() == null ? null : visit.entry().value(),
                    visit.checkedInAt(),
                    visit.plannedEnd(),
                    visit.alertDueAt(),
                    visit.checkedOutAt(),
                    visit.alertRaisedAt(),
                    visit.alertClosedAt(),
                    visit.alertClosedBy());
        }
    }

    @Schema(name = "Alert", description = "An open work-safety alert: a worker not checked out of a visit in time.")
    public record AlertView(
            @Schema(description = "The alert (the visit's id).")
            UUID id,

            @Schema(description = "The worker's name.") String worker,
            VisitView visit) {}

    @Schema(name = "AlertList", description = "Open alerts, by when raised.")
    public record AlertList(
            @Schema(description = "Empty when none is open.")
            List<AlertView> items) {}
}
