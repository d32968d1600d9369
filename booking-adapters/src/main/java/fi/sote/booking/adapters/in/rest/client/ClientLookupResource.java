package fi.sote.booking.adapters.in.rest.client;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.AddressDto;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.client.port.in.LookUpClientQuery;
import fi.sote.booking.application.client.port.in.LookUpClientQuery.FoundClient;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * Staff look a client up in the organisation's client-record system, by reference or by personal identity code (in
 * the body, never in a URL), before they book for them: who they are, how to reach them, turvakielto and custody.
 */
@Path("/api/v1/client-lookups")
@Tag(name = "Clients")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClientLookupResource {

    private final LookUpClientQuery lookUp;
    private final Caller caller;

    ClientLookupResource(LookUpClientQuery lookUp, Caller caller) {
        this.lookUp = lookUp;
        this.caller = caller;
    }

    @Schema(
            name = "ClientLookup",
            description = "Whom to look up: the client's reference or their personal identity code, one of them.")
    public record ClientLookupRequest(
            @Schema(description = "The client's reference in the client-record system.", examples = "ASIAKAS-88")
            @Size(max = 200)
            String client,

            @Schema(description = "The client's personal identity code (henkilötunnus).", examples = "131052-308T")
            @Size(max = 11)
            String clientPersonalIdentityCode) {}

    @Schema(name = "FoundClient", description = "A client as the lookup found them.")
    public record FoundClientView(
            @Schema(description = "The client's reference, as bookings carry it.", examples = "ASIAKAS-88")
            String reference,

            @Schema(description = "The client's name.", nullable = true)
            String name,

            @Schema(description = "A phone number; left out under turvakielto.", nullable = true)
            String phone,

            @Schema(description = "An e-mail address; left out under turvakielto.", nullable = true)
            String email,

            @Schema(description = "A postal address; left out under turvakielto.", nullable = true)
            AddressDto address,

            @Schema(
                    description = "Non-disclosure for personal safety (turvakielto): the contact details and address "
                            + "are then left out of the lookup.")
            boolean nonDisclosure,

            @Schema(description = "The references of the guardians with custody of the client.")
            List<String> guardians,

            @Schema(
                    description = "Where the answer came from: the client-record system now (CLIENT_RECORD_SYSTEM), or "
                            + "the record it sent last (RECEIVED_RECORDS), when it is down or none is configured.",
                    enumeration = {"CLIENT_RECORD_SYSTEM", "RECEIVED_RECORDS"})
            String source,

            @Schema(
                    description = "The client-record system was asked and did not answer; the record may be out of "
                            + "date.")
            boolean systemDown) {}

    @POST
    @RolesAllowed({Roles.COUNSELLOR, Roles.PROFESSIONAL, Roles.SUPERVISOR})
    @Operation(
            operationId = "lookUpClient",
            summary = "Look a client up in the client-record system",
            description = "By reference or by personal identity code. Asks the organisation's client-record system "
                    + "(answers kept for booking.client-record-system.cache-for), and when it is down or none is "
                    + "configured answers from the records it sent (source, systemDown). Written to the access log. "
                    + "404 when neither knows the client.")
    @APIResponse(
            responseCode = "200",
            description = "The client.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FoundClientView.class)))
    @APIResponse(
            responseCode = "404",
            description = "Neither the client-record system nor the records it sent know the client.")
    public FoundClientView lookUp(@Valid @NotNull ClientLookupRequest body) {
        boolean byReference = body.client() != null && !body.client().isBlank();
        boolean byCode = body.clientPersonalIdentityCode() != null;
        if (byReference == byCode) {
            throw new InvalidValueException("client", "give either client or clientPersonalIdentityCode");
        }
        FoundClient found = Outcomes.value(
                byReference
                        ? lookUp.byReference(caller.actor(), body.client().strip())
                        : lookUp.byCode(
                                caller.actor(),
                                PersonalIdentityCode.parse(
                                        "clientPersonalIdentityCode", body.clientPersonalIdentityCode())));
        ClientRecord record = found.record();
        boolean withheld = record.nonDisclosure();
        return new FoundClientView(
                record.reference(),
                record.name(),
                withheld ? null : record.phone(),
                withheld ? null : record.email(),
                withheld || record.address() == null
                        ? null
                        : new AddressDto(
                                record.address().street(),
                                record.address().postalCode(),
                                record.address().postOffice()),
                record.nonDisclosure(),
                record.guardians().stream().sorted().toList(),
                found.source().name(),
                found.systemDown());
    }
}
