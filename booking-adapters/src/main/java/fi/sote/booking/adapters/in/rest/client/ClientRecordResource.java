package fi.sote.booking.adapters.in.rest.client;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.in.rest.InputFields;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.AddressDto;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.client.port.in.RecordClientCommand;
import fi.sote.booking.application.client.port.in.RecordClientUseCase;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * The client-record system's side of the client-record port: it sends what it knows of a client
 * (contact details, non-disclosure for personal safety, custody), which the service uses to show
 * contact details only to those who may see them and to let guardians act for their children.
 */
@Path("/api/v1/client-records")
@Tag(name = "Clients")
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ClientRecordResource {

    private final RecordClientUseCase records;
    private final Caller caller;

    ClientRecordResource(RecordClientUseCase records, Caller caller) {
        this.records = records;
        this.caller = caller;
    }

    @Schema(name = "ClientRecord", description = "What the client-record system knows of a client.")
    public record ClientRecordRequest(
            @Schema(description = "The client's name.") @Size(max = 200)
            String name,

            @Schema(description = "A phone number.") @Size(max = 40)
            String phone,

            @Schema(description = "A postal address.") @Valid
            AddressDto address,

            @Schema(
                    description =
                            "Non-disclosure for personal safety (turvakielto): contact details and address are "
                                    + "then shown only to the client and the professional who meets them, never to an integration.")
            boolean nonDisclosure,

            @Schema(
                    description = "The references of the guardians with custody of the client; they may book and see "
                            + "the client's times in client self-service.")
            @Size(max = 10)
            List<@Size(max = 200) String> guardians,

            @Schema(
                    description = "An e-mail address, for confirmations and notices of changes.",
                    examples = "matti.meikalainen@example.fi")
            @Size(max = 254)
            String email,

            @Schema(
                    description = "The channels the client may be sent messages through. Left out: every channel the "
                            + "record has contact details for, or none under turvakielto.")
            @Size(max = 2)
            List<MessageChannel> messageChannels,

            @Schema(
                    description = "The client's personal identity code: links the reference to the client who signs in "
                            + "with the code (strong identification), so that they see and manage the bookings made "
                            + "under the reference. Only its keyed hash is kept, never the code.",
                    examples = "131052-308T")
            @Size(max = 11)
            String personalIdentityCode) {}

    @PUT
    @Path("{reference}")
    @RolesAllowed(Roles.INTEGRATION)
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CLIENT_RECORDS_WRITE)
    @Operation(
            operationId = "recordClient",
            summary = "Tell the service what the client-record system knows of a client",
            description =
                    "Replaces the service's copy: contact details, the channels messages may use, non-disclosure for "
                            + "personal safety (turvakielto) and custody. The reference is the one bookings carry, never a personal identity code.")
    @APIResponse(responseCode = "204", description = "Recorded.")
    public Response record(
            @Parameter(description = "The client's reference.") @PathParam("reference") String reference,
            @Valid @NotNull ClientRecordRequest body) {
        Address address = body.address() == null
                ? null
                : InputFields.nested(
                        "address",
                        () -> new Address(
                                body.address().street(),
                                body.address().postalCode(),
                                body.address().postOffice()));
        records.record(
                caller.actor(),
                new RecordClientCommand(
                        new ClientRecord(
                                reference,
                                body.name(),
                                body.phone(),
                                address,
                                body.nonDisclosure(),
                                body.guardians() == null ? Set.of() : Set.copyOf(body.guardians()),
                                body.email(),
                                channels(body.messageChannels())),
                        body.personalIdentityCode() == null
                                ? null
                                : PersonalIdentityCode.parse("personalIdentityCode", body.personalIdentityCode())));
        return Response.noContent().build();
    }

    private static Set<MessageChannel> channels(List<MessageChannel> channels) {
        if (channels == null) {
            return null;
        }
        if (channels.contains(null)) {
            throw new InvalidValueException("messageChannels", "holds an empty channel");
        }
        return Set.copyOf(channels);
    }
}
