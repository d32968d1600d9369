package fi.sote.booking.adapters.in.rest.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fi.sote.booking.adapters.in.rest.Csv;
import fi.sote.booking.adapters.in.rest.audit.AuditDtos.EntryView;
import fi.sote.booking.adapters.in.rest.audit.AuditDtos.ExtractRequest;
import fi.sote.booking.adapters.in.rest.audit.AuditDtos.ExtractView;
import fi.sote.booking.adapters.in.rest.audit.AuditDtos.VerificationView;
import fi.sote.booking.adapters.in.schedule.AuditSealer;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.audit.port.in.AuditQuery;
import fi.sote.booking.domain.audit.AuditChain;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * The access and disclosure logs (Client Data Act 703/2023) for auditors: verify that the keyed hash
 * chain is intact, and produce a client's log extract as JSON or CSV; both seal the pending entries
 * first, so that they see every entry committed.
 */
@Path("/api/v1/audit")
@Tag(name = "Audit")
@RolesAllowed(Roles.AUDITOR)
@Transactional
public class AuditResource {

    static final String CSV = Csv.MEDIA_TYPE;

    private final AuditQuery audit;
    private final AuditSealer sealer;
    private final Caller caller;

    AuditResource(AuditQuery audit, AuditSealer sealer, Caller caller) {
        this.audit = audit;
        this.sealer = sealer;
        this.caller = caller;
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyAuditLog",
            summary = "Verify the access and disclosure logs",
            description = "Seals the entries still pending, then walks the organisation's whole keyed hash chain: an "
                    + "entry changed, removed or put out of order breaks it from there on, and a log that ends before "
                    + "the checkpoint kept outside the database lost its end.")
    @APIResponse(
            responseCode = "200",
            description = "The result (also when the chain is broken).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VerificationView.class)))
    public VerificationView verify() {
        sealer.seal(caller.actor().organisation());
        AuditChain.Verification result = audit.verify(caller.actor());
        return new VerificationView(result.intact(), result.entries(), result.firstBrokenSequence(), result.problem());
    }

    @POST
    @Path("client-extracts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            operationId = "extractClientLog",
            summary = "A client's log extract",
            description =
                    "Who processed the client's data in the period, when, in which operation and why, oldest first: "
                            + "JSON, or CSV with Accept: text/csv. Producing the extract is itself logged; with a recipient, as a "
                            + "disclosure too.")
    @APIResponse(
            responseCode = "200",
            description = "The extract.",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractView.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    public Response extract(@Valid @NotNull ExtractRequest body, @Context HttpHeaders headers) {
        if (body.to().isBefore(body.from())) {
            throw new InvalidValueException("to", "must not be before from");
        }
        Instant from = body.from().atStartOfDay(BookingTime.ZONE).toInstant();
        Instant to = body.to().plusDays(1).atStartOfDay(BookingTime.ZONE).toInstant();
        PersonalIdentityCode code = body.clientPersonalIdentityCode() == null
                ? null
                : PersonalIdentityCode.parse("clientPersonalIdentityCode", body.clientPersonalIdentityCode());
        sealer.seal(caller.actor().organisation());
        List<SealedEntry> found =
                audit.extract(caller.actor(), body.clientReference(), code, from, to, body.recipient());
        List<EntryView> entries = found.stream().map(AuditResource::view).toList();
        // by code, the reference shows only when there is something to show
        String client = body.clientReference() != null
                ? body.clientReference()
                : found.isEmpty() ? null : found.get(0).entry().client();
        ExtractView extract = new ExtractView(client, body.from(), body.to(), entries);
        if (headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType())) {
            return Response.ok(csv(entries), CSV + "; charset=UTF-8").build();
        }
        return Response.ok(extract, MediaType.APPLICATION_JSON).build();
    }

    private static EntryView view(SealedEntry sealed) {
        AuditEntry entry = sealed.entry();
        return new EntryView(
                sealed.sequence(),
                entry.kind().name(),
                entry.at(),
                entry.subject(),
                entry.role(),
                entry.unit(),
                entry.operation(),
                entry.records(),
                entry.purpose(),
                entry.recipient());
    }

    /** RFC 4180 CSV; a cell that a spreadsheet would take for a formula is prefixed with an apostrophe. */
    static String csv(List<EntryView> entries) {
        StringBuilder out =
                new StringBuilder("sequence,kind,at,subject,role,unit,operation,records,purpose,recipient\r\n");
        for (EntryView entry : entries) {
            out.append(Stream.of(
                                    Long.toString(entry.sequence()),
                                    entry.kind(),
                                    entry.at().toString(),
                                    entry.subject(),
                                    entry.role(),
                                    entry.unit(),
                                    entry.operation(),
                                    String.join(" ", entry.records()),
                                    entry.purpose(),
                                    entry.recipient())
                            .map(Csv::cell)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }
}
