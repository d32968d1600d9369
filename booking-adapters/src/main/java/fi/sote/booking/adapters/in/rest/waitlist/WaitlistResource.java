package fi.sote.booking.adapters.in.rest.waitlist;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

import fi.sote.booking.adapters.in.rest.IfMatch;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.in.rest.waitlist.WaitlistDtos.JoinWaitlistRequest;
import fi.sote.booking.adapters.in.rest.waitlist.WaitlistDtos.WaitlistEntryList;
import fi.sote.booking.adapters.in.rest.waitlist.WaitlistDtos.WaitlistEntryView;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.waitlist.port.in.JoinWaitlistCommand;
import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase;
import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase.Filter;
import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase.Waiting;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.waitlist.WaitlistEntry;
import fi.sote.booking.domain.waitlist.WaitlistEntryId;
import fi.sote.booking.domain.waitlist.WaitlistStatus;

/**
 * The waitlist: clients, or counsellors for them, wait for a time of a product; a freed time is offered in the fair
 * order as a hold the client confirms.
 */
@Path("/api/v1/waitlist")
@Tag(name = "Waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class WaitlistResource {

    private static final String HOW = " A freed time (a cancellation, a lapsed hold, a new release) is offered within "
            + "booking.waitlist.check-every (default 30 s) as a hold through the channel the entry was made in, for "
            + "booking.waitlist.offer-for (default 24 h) at most: a client's until they may still change a booking "
            + "of the product, a counsellor's until the time starts. A client who joined is told through their "
            + "channels (e-mail, text message) and sees the offer here and among their bookings; a client a "
            + "counsellor joined has the hold made in the counsellor's name, for them to take up with the client. "
            + "Confirming the hold (confirmBooking) books it, cancelling it lets it go to the next in line. "
            + WaitlistEntry.FAIRNESS;

    private final WaitlistUseCase waitlist;
    private final Caller caller;

    WaitlistResource(WaitlistUseCase waitlist, Caller caller) {
        this.waitlist = waitlist;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "already-waiting retired slot-not-offered channel-not-allowed")
    @Operation(
            operationId = "joinWaitlist",
            summary = "Join the waitlist of a product or a social service",
            description = "A client waits for a time of the product (productId), or of any product of the social "
                    + "service (socialServiceId), on the days from..to, for themselves or a child in their custody; a "
                    + "counsellor joins a client (by identifier or personal identity code). One place per client and "
                    + "product or service (409 already-waiting); the product, or a product of the service, must be "
                    + "booked through the joiner's channel (409 slot-not-offered), and neither retired." + HOW)
    @APIResponse(
            responseCode = "201",
            description = "On the waitlist; the Location header points to the entry, the ETag is its version.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WaitlistEntryView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The client already waits for the product (already-waiting), the product is retired "
                    + "(retired) or not booked through the joiner's channel (slot-not-offered).")
    public Response join(@Valid @NotNull JoinWaitlistRequest body, @Context UriInfo uri) {
        JoinWaitlistCommand command = new JoinWaitlistCommand(
                body.productId() == null ? null : new BookableProductId(body.productId()),
                body.socialServiceId() == null ? null : new SocialServiceId(body.socialServiceId()),
                body.from(),
                body.to(),
                body.contactMode(),
                body.clientLanguage(),
                body.client(),
                body.clientPersonalIdentityCode() == null
                        ? null
                        : PersonalIdentityCode.parse("clientPersonalIdentityCode", body.clientPersonalIdentityCode()));
        WaitlistEntryView view = WaitlistEntryView.of(Outcomes.value(waitlist.join(caller.actor(), command)));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .tag(etag(view))
                .build();
    }

    @GET
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "listWaitlist",
            summary = "List waitlist entries in the fair order",
            description = "A client's own entries and their children's; for counsellors, professionals and supervisors "
                    + "the organisation's lines, with each entry's place. Every entry shown is written to the access "
                    + "log." + HOW)
    @APIResponse(
            responseCode = "200",
            description = "The entries in the fair order; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WaitlistEntryList.class)))
    public WaitlistEntryList list(
            @Parameter(description = "Only this product's line.", schema = @Schema(implementation = UUID.class))
                    @QueryParam("productId")
                    String productId,
            @Parameter(
                            description = "Only the line of those waiting for this social service (not one product of "
                                    + "it).",
                            schema = @Schema(implementation = UUID.class))
                    @QueryParam("socialServiceId")
                    String socialServiceId,
            @Parameter(
                            description = "Only entries in these statuses (repeated or comma-separated); left out, "
                                    + "those WAITING or OFFERED.",
                            schema = @Schema(enumeration = {"WAITING", "OFFERED", "BOOKED", "WITHDRAWN", "ENDED"}))
                    @QueryParam("status")
                    List<String> statuses,
            @Parameter(
                            description = "At most this many (1-500); default 100.",
                            schema = @Schema(implementation = Integer.class))
                    @QueryParam("limit")
                    String limit) {
        UUID product = QueryParameters.uuid("productId", productId);
        UUID service = QueryParameters.uuid("socialServiceId", socialServiceId);
        if (product != null && service != null) {
            throw new InvalidValueException("socialServiceId", "give productId or socialServiceId, not both");
        }
        Filter filter = new Filter(
                product != null ? product : service,
                statuses(statuses),
                Invariants.between("limit", QueryParameters.integer("limit", limit, 100), 1, Filter.MOST));
        return new WaitlistEntryList(
                Outcomes.value(waitlist.list(caller.actor(), filter)).stream()
                        .map(WaitlistEntryView::of)
                        .toList(),
                WaitlistEntry.FAIRNESS);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "getWaitlistEntry",
            summary = "Get one waitlist entry",
            description = "The entry with its place and any offer; a client reads their own and their children's, "
                    + "others get 404. Written to the access log.")
    @APIResponse(
            responseCode = "200",
            description = "The entry, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WaitlistEntryView.class)))
    public Response get(@Parameter(description = "Identifier.") @PathParam("id") UUID id) {
        return versioned(Outcomes.value(waitlist.entry(caller.actor(), new WaitlistEntryId(id))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CLIENT, Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "already-closed")
    @Operation(
            operationId = "withdrawFromWaitlist",
            summary = "Stop waiting",
            description = "Withdraws the entry; a time held for it meanwhile is let go at once. With If-Match, only "
                    + "the version read (412 stale-version otherwise). A client withdraws their own and their "
                    + "children's entries.")
    @APIResponse(
            responseCode = "200",
            description = "The entry as withdrawn, with its version as the ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WaitlistEntryView.class)))
    @APIResponse(responseCode = "409", description = "The wait is already over (already-closed).")
    public Response withdraw(
            @Parameter(description = "Identifier.") @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return versioned(
                Outcomes.value(waitlist.withdraw(caller.actor(), new WaitlistEntryId(id), IfMatch.version(ifMatch))));
    }

    /** The statuses named, each once, in any case. */
    private static Set<WaitlistStatus> statuses(List<String> given) {
        Set<WaitlistStatus> statuses = EnumSet.noneOf(WaitlistStatus.class);
        for (String each : given == null ? List.<String>of() : given) {
            for (String name : each.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(WaitlistStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("status", "must be WAITING, OFFERED, BOOKED, WITHDRAWN or ENDED");
                }
            }
        }
        return statuses;
    }

    private static Response versioned(Waiting waiting) {
        WaitlistEntryView view = WaitlistEntryView.of(waiting);
        return Response.ok(view).tag(etag(view)).build();
    }

    private static EntityTag etag(WaitlistEntryView view) {
        return new EntityTag(Long.toString(view.version()));
    }
}
