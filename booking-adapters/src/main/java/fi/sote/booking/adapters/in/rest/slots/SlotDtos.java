package fi.sote.booking.adapters.in.rest.slots;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.sote.booking.domain.calendar.Channel;

/** Response bodies of slot search. */
public final class SlotDtos {

    private SlotDtos() {}

    @Schema(
            name = "Slot",
            description = "A free time (vapaa aika): one bookable product in one resource's released time. "
                    + "FHIR: Slot (status free).")
    public record SlotView(
            @Schema(description = "The resource (resurssi) whose time it is.")
            UUID resourceId,

            @Schema(description = "Name of the professional or room.")
            String resourceName,

            @Schema(description = "Professional title.", nullable = true)
            String resourceTitle,

            @Schema(description = "The bookable product (varaustuote).")
            UUID productId,

            @Schema(
                    description =
                            "Code of the product; its name and guidance are in the catalogue (bookable-products).")
            String productCode,

            @Schema(description = "Start (UTC).") Instant start,
            @Schema(description = "End (UTC).") Instant end,

            @Schema(description = "Contact modes (asiointitavat) the time can be had by.")
            List<String> contactModes,

            @Schema(description = "The caller's channels the time is open to.")
            List<Channel> channels,

            @Schema(
                    description = "Where the time is given; absent: at the professional's own service points.",
                    nullable = true)
            UUID servicePointId,

            @Schema(description = "Clients the time takes: 1 individual, more a group time.")
            int capacity,

            @Schema(description = "Places left.") int remaining) {}

    @Schema(name = "SlotPage", description = "A page of free times in time order.")
    public record SlotPage(
            @Schema(description = "The free times.") List<SlotView> items,

            @Schema(description = "Pass as cursor to get the next page; absent on the last page.", nullable = true)
            String nextCursor) {}

    @Schema(name = "NextFreeTimes", description = "The earliest free time of each professional, by time.")
    public record NextFreeTimes(
            @Schema(description = "One free time per professional.")
            List<SlotView> items) {}
}
