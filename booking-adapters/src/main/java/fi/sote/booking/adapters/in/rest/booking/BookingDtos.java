package fi.sote.booking.adapters.in.rest.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.AddressDto;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.booking.Recurrence;
import fi.sote.booking.domain.calendar.Channel;

/** Requests and views of bookings (ajanvaraus). */
final class BookingDtos {

    private BookingDtos() {}

    @Schema(
            name = "BookingRequest",
            description = "A time to book or hold (ajanvaraus): a professional's slot of a "
                    + "bookable product, found by slot search, for a client.")
    record BookingRequest(
            @Schema(description = "The resource (resurssi), usually the professional.", required = true) @NotNull
            UUID resourceId,

            @Schema(description = "The bookable product (varaustuote).", required = true) @NotNull
            UUID productId,

            @Schema(description = "Start of the slot, ISO-8601 with offset, as slot search gave it.", required = true)
            @NotNull
            Instant start,

            @Schema(description = "Contact mode (asiointitapa) code; may be left out when the product has only one.")
            String contactMode,

            @Schema(
                    description =
                            "Channel to book through; may be left out when the caller's role books through one only.")
            Channel channel,

            @Schema(
                    description = "The client's identifier in the client-record system. Required, except for a client "
                            + "booking for themselves or when clientPersonalIdentityCode is given.")
            String client,

            @Schema(
                    description =
                            "The client's language for the confirmation and the guidance: fi (default), sv or en.")
            String clientLanguage,

            @Schema(
                    description =
                            "Referral (ohjaus) from client counselling: readable only by the professionals of the "
                                    + "service and the counsellor who wrote it.")
            String referralNote,

            @Schema(description = "A professional books although the client has another booking at the time; recorded.")
            Boolean allowClientOverlap,

            @Schema(
                    description = "Staff book a professional who does not speak clientLanguage, knowingly (else "
                            + "language-mismatch); recorded in languageMismatchAllowed.")
            Boolean allowLanguageMismatch,

            @Schema(
                    description = "How to reach the client for the contact, as the client told the counsellor or "
                            + "professional (for a phone or video contact): staff only, kept encrypted, shown as the "
                            + "client's contact details are.")
            @Valid
            ReachAtDto clientReachAt,

            @Schema(
                    description =
                            "The client's personal identity code (henkilötunnus), instead of client: validated, and "
                                    + "stored only as a keyed hash and encrypted. Not for a client booking for themselves.")
            String clientPersonalIdentityCode,

            @Schema(
                    description = "A room (a resource of kind ROOM) to take together with the professional, at the "
                            + "time's service point: both are booked or neither (room-unavailable when it is taken). "
                            + "Left out, a product that needs a room in the contact mode (roomNeededFor) gets the first "
                            + "free room at the service point by name.")
            UUID roomId) {}

    @Schema(
            name = "ClientBookingSearch",
            description = "Find a client's bookings by personal identity code, which is "
                    + "sent in the body so that it never appears in a URL or an access log.")
    record ClientBookingSearch(
            @Schema(description = "The client's personal identity code (henkilötunnus).", required = true) @NotNull
            String clientPersonalIdentityCode,

            @Schema(description = "UPCOMING (default: ending after now), PAST or ALL.")
            String when) {}

    @Schema(name = "Recurrence", description = "How a series booking (sarja-ajanvaraus) repeats: give count or until.")
    record RecurrenceDto(
            @Schema(description = "WEEKLY or EVERY_SECOND_WEEK.", required = true) @NotNull
            Recurrence.Frequency frequency,

            @Schema(description = "How many occurrences, the first included (2-52).")
            Integer count,

            @Schema(description = "The last date (Helsinki) an occurrence may fall on.")
            LocalDate until) {}

    @Schema(name = "SeriesBookingRequest", description = "A series booking: the first occurrence and how it repeats.")
    record SeriesRequest(
            @Schema(description = "The first occurrence.", required = true) @Valid @NotNull
            BookingRequest first,

            @Schema(description = "How it repeats.", required = true) @Valid @NotNull
            RecurrenceDto recurrence) {}

    @Schema(
            name = "MultiBookingRequest",
            description = "Several times of different products or resources for one "
                    + "client, booked together or not at all (moniajanvaraus).")
    record MultiBookingRequest(
            @Schema(description = "The times, 2-10.", required = true) @NotNull
            List<@Valid @NotNull BookingRequest> bookings) {}

    @Schema(name = "CancelRequest", description = "Cancelling a booking, or letting a held time go.")
    record CancelRequest(
            @Schema(description = "Why, from the code set.", required = true) @NotNull
            ChangeReason reason,

            @Schema(description = "THIS (default) or, for a series, THIS_AND_FOLLOWING.")
            ChangeScope scope) {}

    @Schema(
            name = "RescheduleRequest",
            description = "Moving a booking (siirto) to another time: a new booking replaces it.")
    record RescheduleRequest(
            @Schema(description = "Start of the new time, ISO-8601 with offset.", required = true) @NotNull
            Instant start,

            @Schema(description = "The resource of the new time; default the same.")
            UUID resourceId,

            @Schema(description = "Why, from the code set.", required = true) @NotNull
            ChangeReason reason,

            @Schema(
                    description =
                            "THIS (default) or, for a series, THIS_AND_FOLLOWING: every later occurrence moves by the "
                                    + "same shift of local date and time.")
            ChangeScope scope) {}

    @Schema(name = "AttendanceRequest", description = "How the booked time went.")
    record AttendanceRequest(
            @Schema(
                    description = "CHECKED_IN (Ilmoittautunut), ARRIVED (Alkanut), FULFILLED (Toteutunut) or NO_SHOW "
                            + "(Saapumatta).",
                    required = true)
            @NotNull
            BookingStatus status,

            @Schema(
                    description = "Why a fulfilled time or a no-show recorded before is corrected to the other "
                            + "(RECORDED_IN_ERROR, or another reason of the code set); needed for a correction, "
                            + "left out otherwise.",
                    nullable = true)
            ChangeReason reason) {}

    @Schema(name = "StatusChange", description = "The last change of the booking's status.")
    record StatusChangeView(
            @Schema(description = "The status it changed to.")
            BookingStatus status,

            @Schema(description = "Why (cancellations, moves and corrections of attendance).", nullable = true)
            ChangeReason reason,

            @Schema(
                    description = "Who changed it (token subject); left out when a hold lapsed, and for a "
                            + "client when it was not the client themselves.",
                    nullable = true)
            String by,

            @Schema(description = "When.") Instant at) {}

    @Schema(
            name = "Confirmation",
            description = "What to tell the client: day, time, how and where, and the product's "
                    + "guidance in the client's language.")
    record ConfirmationView(
            @Schema(description = "The day, in Helsinki.") LocalDate date,
            @Schema(description = "Day of the week.") DayOfWeek dayOfWeek,

            @Schema(
                    description = "The day of the week in the client's language, to read out.",
                    examples = "keskiviikko")
            String dayName,

            @Schema(description = "The date as the client's language writes it.", examples = "2.12.2026")
            String dateText,

            @Schema(description = "Start, local time in Helsinki.")
            LocalTime startTime,

            @Schema(description = "End, local time in Helsinki.")
            LocalTime endTime,

            @Schema(description = "How client and professional meet, in the client's language.")
            String contactMode,

            @Schema(
                    description =
                            "Whether the contact is remote (phone, video, ...): the professional contacts the client.")
            boolean remote,

            @Schema(
                    description = "The service point (palvelupiste) and its address: the one the time names, or for a "
                            + "visit (not remote) the professional's own when they have exactly one.",
                    nullable = true)
            String place,

            @Schema(description = "The room at the place, by name, when the booking takes one.", nullable = true)
            String room,

            @Schema(description = "The professional, name and title.", nullable = true)
            String professional,

            @Schema(description = "The bookable product (varaustuote), in the client's language.", nullable = true)
            String product,

            @Schema(description = "The social service (sosiaalipalvelu), in the client's language.", nullable = true)
            String service,

            @Schema(description = "The product's guidance for the client, in the client's language.", nullable = true)
            String guidance,

            @Schema(
                    description = "The short reference to read out on the phone and quote in messages: the first "
                            + "eight characters of the booking's id.",
                    examples = "3F2A9C1B")
            String reference) {}

    @Schema(name = "Booking", description = "A booking (ajanvaraus; FHIR Appointment).")
    record BookingView(
            @Schema(description = "Identifier.") UUID id,

            @Schema(description = "Status (Finnish code set 1.2.246.537.6.881).")
            BookingStatus status,

            @Schema(description = "The status's Finnish name.")
            String statusName,

            @Schema(
                    description =
                            "FHIR Appointment.status; left out for MOVED, which links to its replacement instead.",
                    nullable = true)
            String fhirStatus,

            @Schema(description = "The resource (resurssi).")
            UUID resourceId,

            @Schema(description = "The bookable product (varaustuote).")
            UUID productId,

            @Schema(description = "Start.") Instant start,
            @Schema(description = "End.") Instant end,

            @Schema(description = "Contact mode (asiointitapa) code.")
            String contactMode,

            @Schema(description = "Service point (palvelupiste), when the time names one.", nullable = true)
            UUID servicePointId,

            @Schema(
                    description = "The room the booking takes besides its professional (or, for a room's own "
                            + "booking, the room itself); null when it takes none.",
                    nullable = true)
            UUID roomId,

            @Schema(description = "Places of the time: 1 for an individual time, more for a group time.")
            int capacity,

            @Schema(
                    description = "True when the caller is not entitled to know whom the booking concerns (or, in "
                            + "the answer to a change, may not read bookings): client, personal identity code, "
                            + "language and referral are then left out (masked).")
            boolean masked,

            @Schema(
                    description = "The client's identifier; for a client booked by personal identity code, a pseudonym "
                            + "(hetu:...) that stands for the code. Left out when masked.",
                    nullable = true)
            String client,

            @Schema(
                    description = "The client's personal identity code, when the booking was made with one.",
                    nullable = true)
            String clientPersonalIdentityCode,

            @Schema(
                    description = "How to reach the client, as the client-record system told the service; in reads of "
                            + "bookings, left out when masked, unknown or withheld.",
                    nullable = true)
            ClientContactView clientContact,

            @Schema(
                    description =
                            "True when the client's contact details exist but are withheld from the caller under a "
                                    + "non-disclosure for personal safety (turvakielto).")
            boolean clientContactWithheld,

            @Schema(description = "The client's language.", nullable = true)
            String clientLanguage,

            @Schema(description = "Through which channel it was booked.")
            Channel channel,

            @Schema(
                    description = "Who booked it (token subject); left out for a client when it was not the client "
                            + "themselves: clients are not shown staff's identifiers (the channel says how it was "
                            + "booked).",
                    nullable = true)
            String bookedBy,

            @Schema(description = "When it was booked.") Instant bookedAt,

            @Schema(description = "When a held time (PENDING) lapses unless booked.", nullable = true)
            Instant holdExpiresAt,

            @Schema(description = "The referral (ohjaus); present only for those entitled to read it.", nullable = true)
            String referralNote,

            @Schema(description = "A professional booked it although the client had another booking at the time.")
            boolean clientOverlapAllowed,

            @Schema(
                    description = "It was booked knowingly with a professional who does not speak the language stated "
                            + "for the client (allowLanguageMismatch).")
            boolean languageMismatchAllowed,

            @Schema(
                    description = "How to reach the client for this contact, as staff recorded it when booking; "
                            + "shown where the client's contact details are (reading the booking, not in the answer "
                            + "that makes it), and left out when there is none, for those who may not identify the "
                            + "client, and when the client's contact details are withheld (turvakielto).",
                    nullable = true)
            ReachAtDto clientReachAt,

            @Schema(description = "The series booking (sarja-ajanvaraus) it belongs to.", nullable = true)
            UUID seriesId,

            @Schema(description = "The multi-booking (moniajanvaraus) it was made in.", nullable = true)
            UUID multiBookingId,

            @Schema(description = "The booking it replaced when that one was moved here.", nullable = true)
            UUID replaces,

            @Schema(description = "The booking that replaced it when it was moved.", nullable = true)
            UUID replacedBy,

            @Schema(description = "The last change of status.", nullable = true)
            StatusChangeView lastChange,

            @Schema(description = "Version, increased by every change; the ETag.")
            long version,

            @Schema(description = "What to tell the client.")
            ConfirmationView confirmation) {}

    @Schema(name = "ClientContact", description = "How to reach a client.")
    record ClientContactView(
            @Schema(description = "Name.", nullable = true) String name,

            @Schema(description = "Phone number.", nullable = true)
            String phone,

            @Schema(description = "Postal address.", nullable = true)
            AddressDto address) {}

    @Schema(
            name = "ReachAt",
            description = "How to reach the client for a booking's contact: a phone, an e-mail, or both.")
    record ReachAtDto(
            @Schema(description = "Phone number to call.", examples = "+358 40 123 4567", nullable = true)
            String phone,

            @Schema(description = "E-mail address, such as for a video link.", nullable = true)
            String email) {}

    @Schema(name = "BookingList", description = "Bookings by start.")
    record BookingList(
            @Schema(description = "The bookings.") List<BookingView> items) {}

    @Schema(name = "BookingPage", description = "Bookings, paged.")
    record BookingPage(
            @Schema(description = "The bookings.") List<BookingView> items,

            @Schema(description = "Pass as cursor to get the next page; absent on the last page.", nullable = true)
            String nextCursor) {}
}
