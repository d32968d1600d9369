package fi.sote.booking.adapters.in.rest.catalogue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import fi.sote.booking.adapters.in.rest.InputFields;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.BookableProductList;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.BookableProductRequest;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.BookableProductView;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;

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
    private final ViewCatalogueQuery catalogue;
    private final CatalogueRestMapper mapper;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    BookableProductResource(
            RegisterBookableProductUseCase register,
            ViewCatalogueQuery catalogue,
            CatalogueRestMapper mapper,
            Caller caller,
            IdempotencyKeys idempotency) {
        this.register = register;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Extension(name = ProblemCodes.EXTENSION, value = "duplicate-code unknown-reference")
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
            description = "The code is already used in the organisation (code duplicate-code).")
    public Response register(
            @Valid @NotNull BookableProductRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST bookable-products", body, () -> {
            RegisterBookableProductCommand command = new RegisterBookableProductCommand(
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
                    body.roomNeededFor() == null ? null : new HashSet<>(body.roomNeededFor()));
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
    public BookableProductList list() {
        return new BookableProductList(mapper.productViews(catalogue.products(caller.organisation())));
    }

    @GET
    @Path("{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    @Operation(
            operationId = "getBookableProduct",
            summary = "Get one bookable product (varaustuote)",
            description = "One item of the caller's organisation; another organisation's item is not found.")
    @APIResponse(
            responseCode = "200",
            description = "The item.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookableProductView.class)))
    public BookableProductView get(@Parameter(description = "Identifier.") @PathParam("id") UUID id) {
        return catalogue
                .product(caller.organisation(), new BookableProductId(id))
                .map(mapper::toView)
                .orElseThrow(() -> new NotFoundException("No bookable product " + id));
    }

    private static Duration minutes(Integer minutes) {
        return minutes == null ? Duration.ZERO : Duration.ofMinutes(minutes);
    }
}
