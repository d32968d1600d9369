package fi.sote.booking.adapters.in.rest.slots;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.in.rest.slots.SlotDtos.NextFreeTimes;
import fi.sote.booking.adapters.in.rest.slots.SlotDtos.SlotPage;
import fi.sote.booking.adapters.in.rest.slots.SlotDtos.SlotView;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.FoundSlot;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.domain.booking.policy.ChannelPolicy;
import fi.sote.booking.domain.calendar.Slot;
import fi.sote.booking.domain.calendar.SlotKey;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Role;

/**
 * Slot search (vapaiden aikojen haku): the one search the counsellor's, the client's and an
 * integration's user interfaces use. The caller's role decides which channels' times it finds.
 * Read-only, so it runs without a transaction of its own.
 */
@Path("/api/v1/slots")
@Tag(name = "Slots")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.CLIENT,
    Roles.COUNSELLOR,
    Roles.PROFESSIONAL,
    Roles.SUPERVISOR,
    Roles.ADMINISTRATOR,
    Roles.INTEGRATION
})
public class SlotResource {

    private static final Duration DEFAULT_RANGE = Duration.ofDays(14);
    private static final Duration DEFAULT_NEXT_FREE_RANGE = Duration.ofDays(92);

    private final SearchSlotsQuery slots;
    private final Caller caller;

    SlotResource(SearchSlotsQuery slots, Caller caller) {
        this.slots = slots;
        this.caller = caller;
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.SLOTS_READ)
    @Extension(name = ProblemCodes.EXTENSION, value = "unknown-reference")
    @Operation(
            operationId = "searchSlots",
            summary = "Search free times",
            description =
                    "Free times in time order, filtered by social service or product, service point or area, contact "
                            + "mode, language, professional and period (at most 366 days; default the next 14 days). A client finds "
                            + "only times released for client self-service, within the product's notice and horizon; a counsellor "
                            + "times released for counselling; and so on per channel. Group times show the places left. An empty "
                            + "result is a 200.")
    @APIResponse(
            responseCode = "200",
            description = "A page of free times.",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SlotPage.class)))
    public SlotPage search(
            @Parameter(
                            description = "Social service (sosiaalipalvelu) id.",
                            schema = @Schema(implementation = UUID.class))
                    @QueryParam("socialService")
                    String socialService,
            @Parameter(
                            description = "Bookable product (varaustuote) id.",
                            schema = @Schema(implementation = UUID.class))
                    @QueryParam("product")
                    String product,
            @Parameter(description = "Service point (palvelupiste) id.", schema = @Schema(implementation = UUID.class))
                    @QueryParam("servicePoint")
                    String servicePoint,
            @Parameter(description = "Postal code area of the service point, e.g. 48100.") @QueryParam("area")
                    String area,
            @Parameter(description = "Contact mode (asiointitapa) code, e.g. PHONE.") @QueryParam("contactMode")
                    String contactMode,
            @Parameter(description = "Language of service, ISO 639-1 (fi, sv, en).") @QueryParam("language")
                    String language,
            @Parameter(description = "Resource (professional) id.", schema = @Schema(implementation = UUID.class))
                    @QueryParam("resource")
                    String resource,
            @Parameter(
                            description = "Start of the period, ISO-8601 with offset; default now.",
                            schema = @Schema(implementation = OffsetDateTime.class))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "End of the period, ISO-8601 with offset; default 14 days after the start.",
                            schema = @Schema(implementation = OffsetDateTime.class))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Page size, 1-100; default 20.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "The nextCursor of the previous page.") @QueryParam("cursor") String cursor) {
        SlotSearch search = search(
                socialService,
                product,
                servicePoint,
                area,
                contactMode,
                language,
                resource,
                from,
                to,
                QueryParameters.integer("limit", limit, 20),
                decode(cursor),
                DEFAULT_RANGE);
        SearchSlotsQuery.SlotPage page = Outcomes.value(slots.search(search));
        return new SlotPage(
                page.items().stream().map(SlotResource::view).toList(),
                page.next() == null ? null : encode(page.next()));
    }

    @GET
    @Path("next-free")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.SLOTS_READ)
    @Extension(name = ProblemCodes.EXTENSION, value = "unknown-reference")
    @Operation(
            operationId = "nextFreeTimes",
            summary = "Next free time per professional",
            description =
                    "The earliest free time of each professional matching the filters (default period: the next 92 "
                            + "days), by time: what a counsellor needs on the phone.")
    @APIResponse(
            responseCode = "200",
            description = "One free time per professional; empty when none has one.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NextFreeTimes.class)))
    public NextFreeTimes nextFree(
            @Parameter(
                            description = "Social service (sosiaalipalvelu) id.",
                            schema = @Schema(implementation = UUID.class))
                    @QueryParam("socialService")
                    String socialService,
            @Parameter(
                            description = "Bookable product (varaustuote) id.",
                            schema = @Schema(implementation = UUID.class))
                    @QueryParam("product")
                    String product,
            @Parameter(description = "Service point (palvelupiste) id.", schema = @Schema(implementation = UUID.class))
                    @QueryParam("servicePoint")
                    String servicePoint,
            @Parameter(description = "Postal code area of the service point.") @QueryParam("area") String area,
            @Parameter(description = "Contact mode (asiointitapa) code.") @QueryParam("contactMode") String contactMode,
            @Parameter(description = "Language of service, ISO 639-1.") @QueryParam("language") String language,
            @Parameter(
                            description = "Start of the period, ISO-8601 with offset; default now.",
                            schema = @Schema(implementation = OffsetDateTime.class))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "End of the period; default 92 days after the start.",
                            schema = @Schema(implementation = OffsetDateTime.class))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "At most this many professionals, 1-100; default 100.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit) {
        SlotSearch search = search(
                socialService,
                product,
                servicePoint,
                area,
                contactMode,
                language,
                null,
                from,
                to,
                QueryParameters.integer("limit", limit, 100),
                null,
                DEFAULT_NEXT_FREE_RANGE);
        return new NextFreeTimes(Outcomes.value(slots.nextFreePerResource(search)).stream()
                .map(SlotResource::view)
                .toList());
    }

    private SlotSearch search(
            String socialService,
            String product,
            String servicePoint,
            String area,
            String contactMode,
            String language,
            String resource,
            String from,
            String to,
            int limit,
            SlotKey after,
            Duration defaultRange) {
        Instant start = QueryParameters.instant("from", from);
        Instant startOrNow = start == null ? Instant.now() : start;
        Instant end = QueryParameters.instant("to", to);
        UUID socialServiceId = QueryParameters.uuid("socialService", socialService);
        UUID productId = QueryParameters.uuid("product", product);
        UUID servicePointId = QueryParameters.uuid("servicePoint", servicePoint);
        UUID resourceId = QueryParameters.uuid("resource", resource);
        return new SlotSearch(
                caller.organisation(),
                ChannelPolicy.searchedBy(Role.ofClaims(caller.roles())),
                socialServiceId == null ? null : new SocialServiceId(socialServiceId),
                productId == null ? null : new BookableProductId(productId),
                servicePointId == null ? null : new ServicePointId(servicePointId),
                area,
                contactMode,
                language,
                resourceId == null ? null : new ResourceId(resourceId),
                startOrNow,
                end == null ? startOrNow.plus(defaultRange) : end,
                limit,
                after);
    }

    private static SlotView view(FoundSlot found) {
        Slot slot = found.slot();
        return new SlotView(
                slot.resource().value(),
                found.resourceName(),
                found.resourceTitle(),
                slot.product().value(),
                found.product().code(),
                slot.interval().start(),
                slot.interval().end(),
                List.copyOf(slot.contactModes()),
                List.copyOf(slot.channels()),
                slot.servicePoint() == null ? null : slot.servicePoint().value(),
                slot.capacity(),
                slot.remaining());
    }

    /** The cursor is opaque to clients: the key of the last slot of the page, base64url-encoded. */
    static String encode(SlotKey key) {
        String text = key.start().toEpochMilli() + ":" + key.resource().value() + ":"
                + key.product().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static SlotKey decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            List<String> parts = List.of(
                    new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII).split(":"));
            return new SlotKey(
                    Instant.ofEpochMilli(Long.parseLong(parts.get(0))),
                    new ResourceId(UUID.fromString(parts.get(1))),
                    new BookableProductId(UUID.fromString(parts.get(2))));
        } catch (RuntimeException e) {
            throw new InvalidValueException("cursor", "is not a cursor this search returned");
        }
    }
}
