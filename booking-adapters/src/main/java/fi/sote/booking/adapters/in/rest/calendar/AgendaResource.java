package fi.sote.booking.adapters.in.rest.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.DayPage;
import fi.sote.booking.adapters.in.rest.LocalizedTextDto;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.calendar.port.in.AgendaQuery;
import fi.sote.booking.application.calendar.port.in.AgendaQuery.Item;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.application.shared.Days;
import fi.sote.booking.application.shared.Page;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Day and week views (päivä- ja viikkonäkymä): the entries and bookings of the caller's own calendars, or of their
 * team's, in one list by start, so that a professional prepares for the days ahead and a supervisor sees the team's
 * work. Client work is shown with its client only to those entitled, as in every read of a calendar or a booking.
 */
@Path("/api/v1")
@Tag(name = "Calendars")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class AgendaResource {

    private final AgendaQuery agenda;
    private final ViewCatalogueQuery catalogue;
    private final Caller caller;

    AgendaResource(AgendaQuery agenda, ViewCatalogueQuery catalogue, Caller caller) {
        this.agenda = agenda;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @Schema(name = "AgendaItem", description = "A calendar entry or a booking in a day or week view.")
    public record AgendaItemView(
            @Schema(
                    description = "ENTRY (a calendar entry) or BOOKING.",
                    enumeration = {"ENTRY", "BOOKING"})
            String kind,

            @Schema(description = "The entry's or the booking's identifier.")
            UUID id,

            @Schema(description = "The resource whose calendar holds it.")
            UUID resourceId,

            @Schema(description = "The resource's name (the professional).")
            String resourceName,

            @Schema(description = "Start (UTC).") Instant start,
            @Schema(description = "End (UTC).") Instant end,

            @Schema(
                    description = "What it is: the entry type's name or the booking's product; when masked, the entry "
                            + "type's neutral label or the booking's contact mode.")
            LocalizedTextDto label,

            @Schema(
                    description = "True when the caller is not entitled to know whom this client work concerns: the "
                            + "entry type, product, client, language and channel are then left out.")
            boolean masked,

            @Schema(description = "The entry type's code (entries; left out when masked).", nullable = true)
            String entryType,

            @Schema(
                    description = "Whether the entry makes the resource unavailable for bookings (entries).",
                    nullable = true)
            Boolean blocksBooking,

            @Schema(description = "The booking's status (bookings).", nullable = true)
            BookingStatus status,

            @Schema(description = "The booking's product (left out when masked).", nullable = true)
            UUID productId,

            @Schema(description = "The booking's contact mode (asiointitapa) code.", nullable = true)
            String contactMode,

            @Schema(description = "The booking's service point (palvelupiste), when it names one.", nullable = true)
            UUID servicePointId,

            @Schema(
                    description = "Places of the booked time: more than 1 for a place of a group time.",
                    nullable = true)
            Integer capacity,

            @Schema(
                    description = "Whom it concerns: the booking's client or the entry's client reference; only for "
                            + "those entitled.",
                    nullable = true)
            String client,

            @Schema(description = "The client's language (bookings; only for those entitled).", nullable = true)
            String clientLanguage,

            @Schema(
                    description = "True for a first contact booked from client counselling (bookings; left out when "
                            + "masked).",
                    nullable = true)
            Boolean firstContact,

            @Schema(description = "Version, increased by every change (the ETag of the entry or booking).")
            long version) {}

    @Schema(name = "Agenda", description = "A day or week view: entries and bookings by start, paged.")
    public record AgendaView(
            @Schema(description = "The first day (Finnish time).")
            LocalDate from,

            @Schema(description = "The number of days.") int days,
            @Schema(description = "The items by start.") List<AgendaItemView> items,

            @Schema(description = "Pass as cursor to get the next page; absent on the last page.", nullable = true)
            String nextCursor) {}

    @GET
    @Path("teams/{team}/agenda")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "viewTeamAgenda",
            summary = "The team's day or week",
            description = "The entries and bookings of every calendar of the team on the days asked, by start, each "
                    + "as the caller may see it: the supervisor sees whom the team's client work concerns; a member "
                    + "sees their own and, of colleagues', what their social services entitle them to, the rest "
                    + "masked. For the team's supervisor and members; others get 404.")
    @APIResponse(
            responseCode = "200",
            description = "The view.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaView.class)))
    public AgendaView team(
            @Parameter(description = "The team's code.") @PathParam("team") String team, @BeanParam DayPage page) {
        Days asked = page.days(1);
        return view(asked, Outcomes.value(agenda.team(caller.actor(), team, asked, page.limit(), page.after())));
    }

    AgendaView view(Days days, Page<Item> page) {
        OrganisationId organisation = caller.actor().organisation();
        List<CalendarEntryType> types = catalogue.entryTypes(organisation);
        List<BookableProduct> products = catalogue.products(organisation);
        List<ContactMode> modes = catalogue.contactModes(organisation);
        return new AgendaView(
                days.from(),
                days.count(),
                page.items().stream()
                        .map(item -> item.entry() != null
                                ? entry(item, item.entry(), types)
                                : booking(item, item.booking(), products, modes))
                        .toList(),
                page.next() == null ? null : page.next().encode());
    }

    private static AgendaItemView entry(Item item, CalendarEntry entry, List<CalendarEntryType> types) {
        boolean shown = item.identified();
        CalendarEntryType type = types.stream()
                .filter(each -> each.code().equals(entry.entryType()))
                .findFirst()
                .orElse(null);
        LocalizedText label =
                type == null ? LocalizedText.finnish(entry.entryType()) : shown ? type.name() : type.neutralLabel();
        return new AgendaItemView(
                "ENTRY",
                entry.id().value(),
                entry.resource().value(),
                item.resource().name(),
                entry.interval().start(),
                entry.interval().end(),
                LocalizedTextDto.of(label),
                !shown,
                shown ? entry.entryType() : null,
                entry.blocksBooking(),
                null,
                null,
                null,
                null,
                null,
                shown ? entry.clientReference() : null,
                null,
                null,
                entry.version());
    }

    private static AgendaItemView booking(
            Item item, Booking booking, List<BookableProduct> products, List<ContactMode> modes) {
        boolean shown = item.identified();
        var time = booking.time();
        LocalizedText label = shown
                ? products.stream()
                        .filter(product -> product.id().equals(time.product()))
                        .map(BookableProduct::name)
                        .findFirst()
                        .orElse(LocalizedText.finnish(time.contactMode()))
                : modes.stream()
                        .filter(mode -> mode.code().equals(time.contactMode()))
                        .map(ContactMode::name)
                        .findFirst()
                        .orElse(LocalizedText.finnish(time.contactMode()));
        return new AgendaItemView(
                "BOOKING",
                booking.id().value(),
                time.resource().value(),
                item.resource().name(),
                time.interval().start(),
                time.interval().end(),
                LocalizedTextDto.of(label),
                !shown,
                null,
                null,
                booking.status(),
                shown ? time.product().value() : null,
                time.contactMode(),
                time.servicePoint() == null ? null : time.servicePoint().value(),
                time.capacity(),
                shown ? booking.client() : null,
                shown ? booking.clientLanguage() : null,
                shown ? booking.channel() == Channel.COUNSELLING : null,
                booking.version());
    }
}
