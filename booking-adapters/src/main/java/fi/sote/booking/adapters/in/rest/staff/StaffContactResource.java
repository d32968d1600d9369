package fi.sote.booking.adapters.in.rest.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.notification.port.in.StaffContactsUseCase;
import fi.sote.booking.domain.notification.StaffContact;

/**
 * How the service reaches a member of staff with its messages: the first contacts booked for a professional, the
 * times they take over from absent colleagues, the work-safety alerts of a supervisor's team and, when the supervisor
 * does not acknowledge one in time, their second contact. Kept by administrators, or by the member themselves.
 */
@Path("/api/v1/staff-contacts/{subject}")
@Tag(name = "Work safety")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class StaffContactResource {

    private final StaffContactsUseCase contacts;
    private final Caller caller;

    StaffContactResource(StaffContactsUseCase contacts, Caller caller) {
        this.contacts = contacts;
        this.caller = caller;
    }

    @Schema(name = "StaffContactRequest", description = "How the service reaches a member of staff.")
    public record StaffContactRequest(
            @Schema(description = "A work e-mail address.", examples = "sari.sosiaalityontekija@hyvinvointialue.fi")
            @Size(max = 254)
            String email,

            @Schema(description = "A work phone number for text messages.", examples = "+358 40 123 4567")
            @Size(max = 40)
            String phone,

            @Schema(description = "The language of the messages: fi (the default), sv or en.", examples = "fi")
            @Size(max = 2)
            String language,

            @Schema(
                    description = "For a supervisor: the subject of whoever is alerted when the supervisor has not "
                            + "acknowledged a work-safety alert in time (booking.work-safety.escalate-after).")
            @Size(max = 255)
            String secondContact) {}

    @Schema(name = "StaffContact", description = "How the service reaches a member of staff.")
    public record StaffContactView(
            @Schema(description = "The subject of their token.")
            String subject,

            @Schema(description = "A work e-mail address, if any.", nullable = true)
            String email,

            @Schema(description = "A work phone number, if any.", nullable = true)
            String phone,

            @Schema(description = "The language of the messages.", examples = "fi")
            String language,

            @Schema(description = "Who is alerted next, if anyone.", nullable = true)
            String secondContact) {}

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.COUNSELLOR})
    @Operation(
            operationId = "setStaffContact",
            summary = "Set how the service reaches a member of staff",
            description = "Replaces the contact. An administrator sets anyone's; a member of staff their own (404 for "
                    + "another's). The messages go by e-mail or text message as the deployment's channels allow "
                    + "(booking.notifications.channels); in the local mode they are kept for GET /api/v1/me/messages.")
    @APIResponse(
            responseCode = "200",
            description = "The contact as stored.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StaffContactView.class)))
    public StaffContactView set(
            @Parameter(description = "The member's token subject.") @PathParam("subject") String subject,
            @Valid @NotNull StaffContactRequest body) {
        return view(Outcomes.value(contacts.save(
                caller.actor(),
                new StaffContact(
                        caller.actor().organisation(),
                        subject,
                        body.email(),
                        body.phone(),
                        body.language(),
                        body.secondContact()))));
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.COUNSELLOR})
    @Operation(
            operationId = "getStaffContact",
            summary = "Read how the service reaches a member of staff",
            description = "An administrator reads anyone's; a member of staff their own.")
    @APIResponse(
            responseCode = "200",
            description = "The contact.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StaffContactView.class)))
    public StaffContactView get(
            @Parameter(description = "The member's token subject.") @PathParam("subject") String subject) {
        return view(Outcomes.value(contacts.read(caller.actor(), subject)));
    }

    private static StaffContactView view(StaffContact contact) {
        return new StaffContactView(
                contact.subject(), contact.email(), contact.phone(), contact.language(), contact.secondContact());
    }
}
