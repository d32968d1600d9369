package fi.sote.booking.adapters.in.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import fi.sote.booking.adapters.in.rest.problem.RejectedException;
import fi.sote.booking.adapters.platform.LocalDefaultsConfigSourceFactory;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.adapters.security.SecurityMode;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * What the reference web pages under {@code /web/} read before they call the API: how to sign in
 * ({@code /web/config.json}), and in the local security mode the demo personas they may sign in as. Not part of the
 * API's contract: a deployment of the pages as static files has its own {@code config.json}, and the oidc mode signs
 * in at the OIDC provider.
 */
@Path("/web")
@PermitAll
public class WebPagesResource {

    /** The roles the pages serve: the local mode hands out tokens of these personas only, never staff admin. */
    private static final Set<String> PAGE_ROLES = Set.of(Roles.COUNSELLOR, Roles.CLIENT, Roles.PROFESSIONAL);

    private final SecurityMode mode;
    private final Optional<String> issuer;
    private final String clientId;
    private final LocalTokens tokens;

    WebPagesResource(
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.SECURITY_MODE) SecurityMode mode,
            @ConfigProperty(name = "booking.web.oidc-issuer") Optional<String> issuer,
            @ConfigProperty(name = "booking.web.oidc-client-id") String clientId,
            LocalTokens tokens) {
        this.mode = mode;
        this.issuer = issuer;
        this.clientId = clientId;
        this.tokens = tokens;
    }

    /** How the pages sign in: with a demo persona (local) or at the OIDC provider, with PKCE (oidc). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Configuration(
            @JsonProperty("signIn") String signIn,
            @JsonProperty("api") String api,
            @JsonProperty("issuer") String issuer,
            @JsonProperty("clientId") String clientId) {}

    /** A demo persona the pages may sign in as. */
    public record Persona(String persona, String name, List<String> roles) {}

    /** The token of the persona signed in as. */
    public record SignedIn(String persona, String token) {}

    /** Which persona to sign in as. */
    public record SignIn(String persona) {}

    @GET
    @Path("/config.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.ANY)
    public Configuration configuration() {
        if (mode == SecurityMode.LOCAL) {
            return new Configuration(SecurityMode.LOCAL.configValue(), "", null, null);
        }
        return new Configuration(SecurityMode.OIDC.configValue(), "", issuer.orElse(null), clientId);
    }

    @GET
    @Path("/local/personas")
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.ANY)
    public List<Persona> personas() {
        localModeOnly();
        return pagePersonas()
                .map(persona -> new Persona(
                        persona.file(),
                        persona.name(),
                        persona.roles().stream().sorted().toList()))
                .toList();
    }

    @POST
    @Path("/local/sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.ANY)
    public SignedIn signIn(SignIn request) {
        localModeOnly();
        String name = request == null ? null : request.persona();
        DemoPersona persona = pagePersonas()
                .filter(candidate -> candidate.file().equals(name))
                .findFirst()
                .orElseThrow(() -> new RejectedException(
                        RejectionReason.UNKNOWN_REFERENCE,
                        "persona",
                        "Not a demo persona of the pages: one of "
                                + pagePersonas().map(DemoPersona::file).toList()));
        return new SignedIn(persona.file(), tokens.issue(persona));
    }

    private void localModeOnly() {
        if (mode != SecurityMode.LOCAL) {
            throw new NotFoundException("Demo personas exist only in the local security mode");
        }
    }

    private static Stream<DemoPersona> pagePersonas() {
        return DemoPersona.ALL.stream()
                .filter(persona -> persona.organisation().equals(DemoPersona.DEMO_ORGANISATION))
                .filter(persona -> PAGE_ROLES.containsAll(persona.roles()));
    }
}
