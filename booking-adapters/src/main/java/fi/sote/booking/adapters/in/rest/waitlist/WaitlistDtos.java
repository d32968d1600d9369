package fi.sote.booking.adapters.in.rest.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase.Waiting;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.waitlist.WaitlistEntry;
import fi.sote.booking.domain.waitlist.WaitlistStatus;

/** The waitlist's requests and answers. */
final class WaitlistDtos {

    private WaitlistDtos() {}

    @Schema(
            name = "JoinWaitlistRequest",
            description = "A client waits for a time of a product, or of any product of a social service, on the "
                    + "days given, with the contact mode and language they need.")
    record JoinWaitlistRequest(
            @Schema(description = "The bookable product waited for; or give socialServiceId.")
            UUID productId,

            @Schema(description = "The social service waited for (a time of any of its products); or give productId.")
            UUID socialServiceId,

            @Schema(description = "The first day waited for (Europe/Helsinki); today at the earliest.", required = true)
            @NotNull
            LocalDate from,

            @Schema(description = "The last day waited for, inclusive; at most 366 days from today.", required = true)
            @NotNull
            LocalDate to,

            @Schema(
                    description = "The contact mode needed; may be left out when the product (or every product of the "
                            + "social service) has only one.")
            String contactMode,

            @Schema(
                    description = "The language the client needs the time in (fi, sv or en): only professionals who "
                            + "speak it are offered; left out, any. Also the language of the offer's message.")
            String clientLanguage,

            @Schema(
                    description = "The client's identifier: required of a counsellor (or clientPersonalIdentityCode); "
                            + "a client leaves it out for themselves or names a child in their custody.")
            String client,

            @Schema(
                    description = "The client's personal identity code (henkilötunnus), instead of client; for "
                            + "counsellors.")
            String clientPersonalIdentityCode) {}

    @Schema(
            name = "WaitlistOffer",
            description =
                    "The time held for the client (its product is the booking's): confirm the hold (confirmBooking) to book it, or cancel it "
                            + "(cancelBooking, reason HOLD_RELEASED) to let it go to the next in line.")
    record OfferView(
            @Schema(description = "The hold, a booking with status PENDING.")
            UUID bookingId,

            UUID resourceId,
            Instant start,
            Instant end,

            @Schema(description = "The contact mode (asiointitapa) code of the time.")
            String contactMode,

            @Schema(description = "When the hold lapses and the time goes to the next in line.")
            Instant until) {

        static OfferView of(Booking hold, Instant until) {
            return new OfferView(
                    hold.id().value(),
                    hold.time().resource().value(),
                    hold.time().interval().start(),
                    hold.time().interval().end(),
                    hold.time().contactMode(),
                    until);
        }
    }

    @Schema(name = "WaitlistEntry", description = "A client's place on the waitlist of a product or a social service.")
    record WaitlistEntryView(
            UUID id,

            @Schema(
                    description = "The product waited for; null when the entry waits for a social service.",
                    nullable = true)
            UUID productId,

            @Schema(
                    description = "The social service waited for; null when the entry waits for a product.",
                    nullable = true)
            UUID socialServiceId,

            @Schema(description = "The client's identifier.")
            String client,

            LocalDate from,
            LocalDate to,

            @Schema(description = "The contact mode needed.", nullable = true)
            String contactMode,

            @Schema(description = "The language needed (fi, sv or en); null for any.", nullable = true)
            String clientLanguage,

            @Schema(description = "CLIENT_SELF_SERVICE when the client joined, COUNSELLING when a counsellor did.")
            Channel channel,

            Instant joinedAt,

            WaitlistStatus status,

            @Schema(
                    description = "The place in the product's line (1 is offered first); null once the wait is over.",
                    nullable = true)
            Integer place,

            @Schema(nullable = true) OfferView offer,

            @Schema(description = "How many times were offered.")
            int offers,

            @Schema(description = "When the wait was over.", nullable = true)
            Instant closedAt,

            @Schema(description = "The version, also sent as the ETag.")
            long version) {

        static WaitlistEntryView of(Waiting waiting) {
            WaitlistEntry entry = waiting.entry();
            return new WaitlistEntryView(
                    entry.id().value(),
                    entry.product() == null ? null : entry.product().value(),
                    entry.socialService() == null ? null : entry.socialService().value(),
                    entry.client(),
                    entry.from(),
                    entry.to(),
                    entry.contactMode(),
                    entry.clientLanguage(),
                    entry.channel(),
                    entry.joinedAt(),
                    entry.status(),
                    waiting.place(),
                    waiting.offer() == null ? null : OfferView.of(waiting.offer(), entry.offeredUntil()),
                    entry.offers(),
                    entry.closedAt(),
                    entry.version());
        }
    }

    @Schema(name = "WaitlistEntryList", description = "Waitlist entries in the fair order.")
    record WaitlistEntryList(
            @Schema(description = "The entries.") List<WaitlistEntryView> items,

            @Schema(description = "How the line is ordered.")
            String fairness) {}
}
