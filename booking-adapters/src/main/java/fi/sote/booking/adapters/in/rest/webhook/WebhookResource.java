package fi.sote.booking.adapters.in.rest.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.event.port.in.KeepWebhooksUseCase;
import fi.sote.booking.application.event.port.in.KeepWebhooksUseCase.DeadLetter;
import fi.sote.booking.application.event.port.in.KeepWebhooksUseCase.WithSecret;
import fi.sote.booking.domain.event.WebhookSubscription;
import fi.sote.booking.domain.event.WebhookSubscriptionId;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * Webhooks (README, "Webhooks"): an organisation's administrators subscribe a receiver's URL to its events, which are
 * then sent there signed, thin (the event's type and ids, never a client), each at least once and in order per
 * booking, retried with backoff, and given up on only after days; an operator sees what was given up on and sends it
 * again.
 */
@Path("/api/v1/webhook-subscriptions")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class WebhookResource {

    private final KeepWebhooksUseCase webhooks;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    WebhookResource(KeepWebhooksUseCase webhooks, Caller caller, IdempotencyKeys idempotency) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @Schema(name = "WebhookSubscriptionRequest", description = "A receiver to send the organisation's events to.")
    public record SubscriptionRequest(
            @Schema(
                    description = "The receiver's URL: https (plain http only in the local mode), not in an "
                            + "internal network unless the deployment allows it.",
                    examples = "https://crm.example.fi/hooks/booking")
            @NotBlank
            String url,

            @Schema(
                    description = "The event types to send: booking.held, booking.booked, booking.cancelled, "
                            + "booking.moved, booking.status_changed, calendar-entry.added, calendar-entry.moved, calendar-entry.changed, "
                            + "calendar-entry.removed, release.added, release.withdrawn, absence.recorded, "
                            + "work-safety.alert-raised, work-safety.alert-closed, waitlist.offered; none or left out: "
                            + "every one.",
                    examples = "[\"booking.booked\", \"booking.cancelled\"]")
            List<String> eventTypes) {}

    @Schema(name = "WebhookSubscription", description = "A receiver the organisation's events are sent to.")
    public record SubscriptionView(
            @Schema(description = "Identifier.") UUID id,
            @Schema(description = "The receiver's URL.") URI url,

            @Schema(description = "The event types sent; empty: every one.")
            List<String> eventTypes,

            @Schema(description = "When it was made (UTC).") Instant createdAt,

            @Schema(description = "Whether events are being sent to it.")
            boolean active,

            @Schema(
                    description = "When it was disabled: the receiver answered 410 Gone, or an event kept "
                            + "failing for the whole retry schedule.",
                    nullable = true)
            Instant disabledAt,

            @Schema(description = "Why it was disabled.", nullable = true)
            String disabledReason,

            @Schema(
                    description = "The signing secret (whsec_ and base64, Standard Webhooks): only in the answer "
                            + "that makes the subscription or rotates its secret.",
                    nullable = true)
            String secret) {}

    @Schema(name = "WebhookSubscriptionList", description = "The organisation's subscriptions, oldest first.")
    public record SubscriptionList(
            @Schema(description = "The subscriptions.") List<SubscriptionView> items) {}

    @Schema(name = "DeadLetter", description = "An event given up on after the whole retry schedule.")
    public record DeadLetterView(
            @Schema(description = "The event's message id (webhook-id).")
            String messageId,

            @Schema(description = "The event type.") String type,

            @Schema(description = "What the event is of: booking, calendar-entry, release, absence or visit.")
            String aggregateType,

            @Schema(description = "The booking's (or visit's) id.")
            UUID aggregateId,

            @Schema(description = "When it happened (UTC).") Instant occurredAt,

            @Schema(description = "How many times it was sent.")
            int attempts,

            @Schema(description = "The receiver's last status, if it answered.", nullable = true)
            Integer lastStatus,

            @Schema(description = "What went wrong the last time.", nullable = true)
            String lastError,

            @Schema(description = "When it was given up on (UTC).")
            Instant deadAt) {}

    @Schema(name = "DeadLetterList", description = "The subscription's events given up on, oldest first.")
    public record DeadLetterList(
            @Schema(description = "The events given up on.") List<DeadLetterView> items) {}

    @Schema(name = "Redelivery", description = "What was made due again.")
    public record Redelivery(
            @Schema(description = "How many events given up on are sent again.")
            int redelivered) {}

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            operationId = "createWebhookSubscription",
            summary = "Subscribe a receiver to the organisation's events",
            description = "From now on each event of the types asked for is sent to the URL, signed with the secret "
                    + "in this answer (shown this once).")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; secret is the signing secret.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionView.class)))
    public Response subscribe(
            @Valid @NotNull SubscriptionRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST webhook-subscriptions", body, () -> {
            WithSecret made = Outcomes.value(webhooks.subscribe(caller.actor(), url(body.url()), types(body)));
            return Response.created(UriBuilder.fromUri(uri.getBaseUri())
                            .path("api/v1/webhook-subscriptions")
                            .path(made.subscription().id().toString())
                            .build())
                    .entity(view(made.subscription(), made.secret()))
                    .build();
        });
    }

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            operationId = "listWebhookSubscriptions",
            summary = "List the webhook subscriptions",
            description = "The organisation's subscriptions, oldest first, each with whether it is active.")
    @APIResponse(
            responseCode = "200",
            description = "The subscriptions, without their secrets.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionList.class)))
    public SubscriptionList list() {
        return new SubscriptionList(webhooks.subscriptions(caller.actor()).stream()
                .map(subscription -> view(subscription, null))
                .toList());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            operationId = "deleteWebhookSubscription",
            summary = "End a webhook subscription",
            description = "Nothing more is sent to it, not even what was still waiting.")
    @APIResponse(responseCode = "204", description = "Ended.")
    public Response unsubscribe(
            @Parameter(description = "The subscription.", schema = @Schema(implementation = UUID.class))
                    @PathParam("id")
                    String id) {
        Outcomes.value(webhooks.unsubscribe(caller.actor(), subscription(id)));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Give a webhook subscription a new secret",
            description = "For a day after, messages carry a signature under each secret, so that the receiver can "
                    + "change over without refusing one.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription with its new secret.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionView.class)))
    public Response rotate(
            @Parameter(description = "The subscription.", schema = @Schema(implementation = UUID.class))
                    @PathParam("id")
                    String id,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(caller, key, "POST webhook-subscriptions/" + id + "/secret", null, () -> {
            WithSecret rotated = Outcomes.value(webhooks.rotateSecret(caller.actor(), subscription(id)));
            return Response.ok(view(rotated.subscription(), rotated.secret())).build();
        });
    }

    @GET
    @Path("{id}/dead-letters")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            operationId = "listWebhookDeadLetters",
            summary = "List the events given up on",
            description = "The subscription's events that were not taken through the whole retry schedule.")
    @APIResponse(
            responseCode = "200",
            description = "The events given up on, oldest first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeadLetterList.class)))
    public DeadLetterList deadLetters(
            @Parameter(description = "The subscription.", schema = @Schema(implementation = UUID.class))
                    @PathParam("id")
                    String id) {
        return new DeadLetterList(Outcomes.value(webhooks.deadLetters(caller.actor(), subscription(id))).stream()
                .map(WebhookResource::view)
                .toList());
    }

    @POST
    @Path("{id}/redelivery")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            operationId = "redeliverWebhookEvents",
            summary = "Send the events given up on again",
            description = "Makes every event given up on due again, in its order, with a fresh retry schedule, and "
                    + "enables the subscription if it was disabled.")
    @APIResponse(
            responseCode = "200",
            description = "How many events are sent again.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Redelivery.class)))
    public Response redeliver(
            @Parameter(description = "The subscription.", schema = @Schema(implementation = UUID.class))
                    @PathParam("id")
                    String id,
            @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return idempotency.once(
                caller,
                key,
                "POST webhook-subscriptions/" + id + "/redelivery",
                null,
                () -> Response.ok(new Redelivery(Outcomes.value(webhooks.redeliver(caller.actor(), subscription(id)))))
                        .build());
    }

    private static SubscriptionView view(WebhookSubscription subscription, String secret) {
        return new SubscriptionView(
                subscription.id().value(),
                subscription.url(),
                subscription.eventTypes().stream().sorted().toList(),
                subscription.createdAt(),
                subscription.active(),
                subscription.disabledAt(),
                subscription.disabledReason(),
                secret);
    }

    private static DeadLetterView view(DeadLetter dead) {
        return new DeadLetterView(
                "evt_" + dead.eventId(),
                dead.eventType(),
                dead.aggregateType(),
                dead.aggregateId(),
                dead.occurredAt(),
                dead.attempts(),
                dead.lastStatus(),
                dead.lastError(),
                dead.deadAt());
    }

    private static Set<String> types(SubscriptionRequest body) {
        return body.eventTypes() == null ? Set.of() : new LinkedHashSet<>(body.eventTypes());
    }

    private static URI url(String text) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "is not a URL: " + e.getReason());
        }
    }

    private static WebhookSubscriptionId subscription(String id) {
        return new WebhookSubscriptionId(QueryParameters.uuid("id", id));
    }
}
