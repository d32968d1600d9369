package fi.sote.booking.adapters.in.rest.catalogue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.IfMatch;
import fi.sote.booking.adapters.in.rest.InputFields;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.BookableProductList;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.BookableProductRequest;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.BookableProductView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.CatalogueChangeList;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ChannelOpeningDto;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.ChangeBookableProductCommand;
import fi.sote.booking.application.catalogue.port.in.MaintainBookableProductUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.InvalidValueException;

@Path("/api/v1/bookable-products")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class BookableProductResource {

    /** The self-service rules' fields as the request names them. */
    private static final Map<String, String> SELF_SERVICE_FIELDS = Map.of(
            "minimumNotice", "minimumNoticeMinutes",
            "horizon", "horizonDays",
            "changeDeadline", "changeDeadlineMinutes");

    private final RegisterBookableProductUseCase register;
    private final MaintainBookableProductUseCase maintain;
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    BookableProductResource(
            RegisterBookableProductUseCase register,
            MaintainBookableProductUseCase maintain,
            ViewCatalogueQuery catalogue,
            CatalogueRestMapper mapper,
            Caller caller,
            IdempotencyKeys idempotency) {
        this.register = register;
        this.maintain = maintain;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "duplicate-code unknown-reference retired")
    @Operation(
            operationId = "registerBookableProduct",
            summary = "Register a bookable product (varaustuote)",
            description =
                    "Adds a bookable product to the caller's organisation. The social service and contact modes must exist. Administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; the Location header points to it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookableProductView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The code is already used in the organisation (code duplicate-code), or the item names one that is retired (retired).")
    public Response register(
            @Valid @NotNull BookableProductRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST bookable-products", body, () -> {
            RegisterBookableProductCommand command = command(body);
            return Outcomes.created(register.register(command), mapper::toView, BookableProductView::id, uri);
        });
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "listBookableProducts",
            summary = "List the bookable products (varaustuotteet)",
            description = "The bookable products of the caller's organisation. Any authenticated role.")
    @APIResponse(
            responseCode = "200",
            description = "The items; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookableProductList.class)))
    public BookableProductList list(
            @Parameter(description = "Also the retired products (false: only those in use).")
                    @QueryParam("includeRetired")
                    @DefaultValue("false")
                    boolean includeRetired) {
        return new BookableProductList(
                mapper.productViews(Versioned.listed(catalogue.products(caller.organisation()), includeRetired)));
    }

    @GET
    @Path("{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "getBookableProduct",
            summary = "Get one bookable product (varaustuote)",
            description =
                    "One item of the caller's organisation, retired or not, with its version as the ETag; another "
                            + "organisation's item is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The item.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookableProductView.class)))
    public Response get(@Parameter(description = "Identifier.") @PathParam("id") UUID id) {
        return catalogue
                .product(caller.organisation(), new BookableProductId(id))
                .map(this::versioned)
                .orElseThrow(() -> new NotFoundException("No bookable product " + id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "unknown-reference product-retired")
    @Operation(
            operationId = "changeBookableProduct",
            summary = "Change a bookable product (varaustuote)",
            description = "Replaces the product's fields with those sent (its code stays: 400 on code otherwise): "
                    + "its name and guidance, the channels it is booked through (open client self-service for it, say), "
                    + "its self-service terms, contact modes, length and buffers. With If-Match, only the version read "
                    + "is changed (412 stale-version otherwise). The change is recorded (who, when, which fields; "
                    + "listBookableProductChanges); sending what is there changes nothing. Bookings already made keep "
                    + "their time. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The product as changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookableProductView.class)))
    @APIResponse(responseCode = "409", description = "The product is retired (product-retired).")
    public Response change(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id,
            @Valid @NotNull BookableProductRequest body,
            @HeaderParam("If-Match") String ifMatch) {
        return versioned(Outcomes.value(maintain.change(
                caller.actor(),
                new ChangeBookableProductCommand(new BookableProductId(id), IfMatch.version(ifMatch), command(body)))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "product-retired")
    @Operation(
            operationId = "retireBookableProduct",
            summary = "Retire a bookable product (varaustuote)",
            description = "Retires the product rather than deleting it: slot search no longer offers it and it is "
                    + "no longer booked (product-retired), while the bookings made of it keep it, may still be moved "
                    + "and cancelled, and it is still read by its id. Its code stays taken. Recorded like a change; "
                    + "retiring a retired product without If-Match answers it as it is. Administrators only.")
    @APIResponse(
            responseCode = "200",
            description = "The product as retired.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookableProductView.class)))
    @APIResponse(
            responseCode = "409",
            description = "If-Match was sent for a product already retired (product-retired).")
    public Response retire(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return versioned(
                Outcomes.value(maintain.retire(caller.actor(), new BookableProductId(id), IfMatch.version(ifMatch))));
    }

    @GET
    @Path("{id}/changes")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
    @Operation(
            operationId = "listBookableProductChanges",
            summary = "List the changes of a bookable product",
            description = "Every change and the retirement of the product, oldest first: the version each made, who "
                    + "made it, when, and which fields changed. Administrators and auditors.")
    @APIResponse(
            responseCode = "200",
            description = "The changes; an empty list when it has not changed since it was registered.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CatalogueChangeList.class)))
    public CatalogueChangeList changes(@Parameter(description = "Identifier.") @PathParam("id") UUID id) {
        return catalogue
                .productChanges(caller.organisation(), new BookableProductId(id))
                .map(changes -> new CatalogueChangeList(mapper.changeViews(changes)))
                .orElseThrow(() -> new NotFoundException("No bookable product " + id));
    }

    /** The product with its version as the ETag. */
    private Response versioned(BookableProduct product) {
        return Versioned.ok(product, mapper.toView(product));
    }

    /** What the body describes, in the caller's organisation, as a registration would take it. */
    private RegisterBookableProductCommand command(BookableProductRequest body) {
        return new RegisterBookableProductCommand(
                caller.organisation(),
                body.code(),
                new SocialServiceId(body.socialServiceId()),
                InputFields.nested("name", () -> body.name().toDomain()),
                Duration.ofMinutes(body.durationMinutes()),
                new HashSet<>(body.contactModes()),
                body.capacity(),
                Set.copyOf(body.channels()),
                InputFields.nested(
                        "selfService",
                        SELF_SERVICE_FIELDS,
                        () -> new SelfServiceRules(
                                Duration.ofMinutes(body.selfService().minimumNoticeMinutes()),
                                Duration.ofDays(body.selfService().horizonDays()),
                                Duration.ofMinutes(body.selfService().changeDeadlineMinutes()))),
                minutes(body.bufferBeforeMinutes()),
                minutes(body.bufferAfterMinutes()),
                InputFields.nested(
                        "guidance",
                        () -> new GuidanceText(
                                body.guidance().fi(),
                                body.guidance().sv(),
                                body.guidance().en())),
                body.reminderBeforeMinutes() == null ? null : Duration.ofMinutes(body.reminderBeforeMinutes()),
                Boolean.TRUE.equals(body.textNamesService()),
                body.roomNeededFor() == null ? null : new HashSet<>(body.roomNeededFor()),
                channelsFrom(body.channelsFrom()));
    }

    /** The days the channels open, one per channel (400 on channelsFrom for a channel named twice). */
    private static Map<Channel, LocalDate> channelsFrom(List<ChannelOpeningDto> openings) {
        Map<Channel, LocalDate> days = new EnumMap<>(Channel.class);
        for (ChannelOpeningDto opening : openings == null ? List.<ChannelOpeningDto>of() : openings) {
            if (days.put(opening.channel(), opening.from()) != null) {
                throw new InvalidValueException("channelsFrom", "names " + opening.channel() + " twice");
            }
        }
        return days;
    }

    private static Duration minutes(Integer minutes) {
        return minutes == null ? Duration.ZERO : Duration.ofMinutes(minutes);
    }
}
