package fi.sote.booking.adapters.in.rest.session;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.platform.LocalDefaultsConfigSourceFactory;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.application.client.port.in.IdentifyClientQuery;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.shared.Role;

@Path("/api/v1/me")
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CallerResource {

    private final Caller caller;
    private final IdentifyClientQuery clients;
    private final String securityMode;

    CallerResource(
            Caller caller,
            IdentifyClientQuery clients,
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.SECURITY_MODE) String securityMode) {
        this.caller = caller;
        this.clients = clients;
        this.securityMode = securityMode;
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.ANY)
    @Operation(
            operationId = "getCaller",
            summary = "Who am I",
            description =
                    "The subject, organisation and roles the service read from the caller's token. Useful to check "
                            + "a token and the claim configuration.")
    @APIResponse(
            responseCode = "200",
            description = "The caller.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CallerView.class)))
    @Transactional
    public CallerView me() {
        Actor actor = caller.actor();
        return new CallerView(
                caller.subject(),
                caller.organisation().value(),
                caller.roles().stream().sorted().toList(),
                securityMode,
                actor.is(Role.CLIENT)
                        ? clients.dependants(actor).stream()
                                .map(child -> new CallerView.Dependant(
                                        child.reference(),
                                        child.name(),
                                        IdentifyClientQuery.GUARDIAN_MAY.stream()
                                                .sorted()
                                                .toList()))
                                .toList()
                        : null);
    }
}
