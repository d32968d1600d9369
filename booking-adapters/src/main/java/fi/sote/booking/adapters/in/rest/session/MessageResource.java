package fi.sote.booking.adapters.in.rest.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.notification.port.in.ReadMessagesQuery;
import fi.sote.booking.application.notification.port.in.ReadMessagesQuery.KeptMessage;

/**
 * The messages sent to the caller that the local mode's in-process sender kept (README, "Messages to clients"): where
 * a deployment sends them by e-mail, nothing is kept and the list is empty.
 */
@Path("/api/v1/me/messages")
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MessageResource {

    private final ReadMessagesQuery messages;
    private final Caller caller;

    MessageResource(ReadMessagesQuery messages, Caller caller) {
        this.messages = messages;
        this.caller = caller;
    }

    @Schema(name = "KeptMessage", description = "A message to the caller, as it would have been sent.")
    public record MessageView(
            @Schema(description = "The channel: EMAIL or SMS.", examples = "EMAIL")
            String channel,

            @Schema(description = "The address or number it would have gone to.")
            String address,

            @Schema(
                    description = "What it tells: to a client CONFIRMATION, CHANGE, REASSIGNMENT, CANCELLATION or "
                            + "REMINDER; to a professional FIRST_CONTACT or TAKEN_OVER; to a supervisor or their "
                            + "second contact WORK_SAFETY_ALERT or WORK_SAFETY_ESCALATION.",
                    examples = "CONFIRMATION")
            String kind,

            @Schema(description = "The booking it is about; left out for a work-safety alert.", nullable = true)
            UUID bookingId,

            @Schema(description = "Its language: fi, sv or en.", examples = "fi")
            String language,

            @Schema(description = "The subject.") String subject,
            @Schema(description = "The text.") String body,
            @Schema(description = "When it was sent (UTC).") Instant sentAt) {}

    @Schema(name = "KeptMessageList", description = "The newest 50 messages to the caller, newest first.")
    public record MessageList(
            @Schema(description = "The messages.") List<MessageView> items) {}

    @GET
    @RolesAllowed({
        Roles.CLIENT,
        Roles.COUNSELLOR,
        Roles.PROFESSIONAL,
        Roles.SUPERVISOR,
        Roles.ADMINISTRATOR,
        Roles.AUDITOR
    })
    @Operation(
            operationId = "listMyMessages",
            summary = "Read the messages sent to me (local mode)",
            description =
                    "In the local mode messages are not sent but kept, so that whoever signs in as a demo "
                            + "persona reads what would have reached them: a client the confirmations, changes, cancellations "
                            + "and reminders of their bookings, a professional the first contacts booked for them and the "
                            + "times taken over from absent colleagues, a supervisor the work-safety alerts of their team. Where messages are sent (an SMTP server is configured), none are kept.")
    @APIResponse(
            responseCode = "200",
            description = "The messages, newest first.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MessageList.class)))
    public MessageList mine() {
        return new MessageList(messages.mine(caller.actor()).stream()
                .map(MessageResource::view)
                .toList());
    }

    private static MessageView view(KeptMessage message) {
        return new MessageView(
                message.channel(),
                message.address(),
                message.kind(),
                message.booking(),
                message.language(),
                message.subject(),
                message.body(),
                message.sentAt());
    }
}
