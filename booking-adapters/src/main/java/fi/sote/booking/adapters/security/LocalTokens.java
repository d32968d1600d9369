package fi.sote.booking.adapters.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;

import fi.sote.booking.adapters.platform.LocalDefaultsConfigSourceFactory;

/**
 * The local security mode's token issuer. At every start it writes a fresh token per demo persona
 * to {@code <data dir>/tokens}, signed with the {@link LocalSigningKey} that quarkus-oidc verifies
 * against. The claims have the same shape as the configured OIDC provider's, so code and tests
 * see no difference between the modes.
 */
@ApplicationScoped
public class LocalTokens {

    private static final Logger LOG = Logger.getLogger(LocalTokens.class);

    private final SecurityMode mode;
    private final Path dataDirectory;
    private final ClaimPath roleClaim;
    private final ClaimPath organisationClaim;
    private final ClaimPath identityCodeClaim;
    private final Duration lifetime;
    private final String audience;
    private final LocalSigningKey signingKey;

    LocalTokens(
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.SECURITY_MODE) SecurityMode mode,
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.DATA_DIR) Path dataDirectory,
            @ConfigProperty(name = "quarkus.oidc.roles.role-claim-path") List<String> roleClaim,
            @ConfigProperty(name = "booking.security.organisation-claim") String organisationClaim,
            @ConfigProperty(name = "booking.security.identity-code-claim") String identityCodeClaim,
            @ConfigProperty(name = "booking.security.local.token-lifetime") Duration lifetime,
            @ConfigProperty(name = "booking.security.audience") String audience) {
        this.mode = mode;
        this.dataDirectory = dataDirectory;
        this.roleClaim = new ClaimPath(roleClaim.get(0));
        this.organisationClaim = new ClaimPath(organisationClaim);
        this.identityCodeClaim = new ClaimPath(identityCodeClaim);
        this.lifetime = lifetime;
        this.audience = audience;
        this.signingKey =
                mode == SecurityMode.LOCAL ? LocalSigningKey.loadOrCreate(dataDirectory.resolve("keys")) : null;
    }

    void writeDemoTokens(@Observes StartupEvent event) {
        if (mode != SecurityMode.LOCAL) {
            return;
        }
        Path directory = dataDirectory.resolve("tokens").toAbsolutePath().normalize();
        try {
            SecretFiles.ownerOnlyDirectory(directory);
            for (DemoPersona persona : DemoPersona.ALL) {
                Files.writeString(
                        directory.resolve(persona.file() + ".jwt"), issue(persona), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo tokens to " + directory, e);
        }
        LOG.warnf(
                "LOCAL SECURITY MODE: no OIDC provider is configured (QUARKUS_OIDC_AUTH_SERVER_URL), so the service "
                        + "verifies tokens signed with its own key and wrote demo tokens, valid for %s, to %s. "
                        + "This mode is for trying the service out; production uses an OIDC provider.",
                lifetime, directory);
    }

    /** A token for a demo persona, valid for the configured lifetime. */
    public String issue(DemoPersona persona) {
        // the demo integration may do everything an integration can be allowed
        return issue(
                persona.subject(),
                persona.name(),
                persona.organisation(),
                persona.roles(),
                persona.roles().contains(Roles.INTEGRATION) ? IntegrationScopes.all() : Set.of(),
                persona.personalIdentityCode(),
                lifetime);
    }

    /** A client's token as strong identification gives it: with their personal identity code in its claim. */
    public String issueIdentified(String subject, String name, String organisation, String code, Duration validFor) {
        return issue(subject, name, organisation, Set.of(Roles.CLIENT), Set.of(), code, validFor);
    }

    /** A token with the given claims; only the local mode's key can sign it, so only that mode accepts it. */
    public String issue(String subject, String name, String organisation, Collection<String> roles, Duration validFor) {
        return issue(subject, name, organisation, roles, Set.of(), validFor);
    }

    /** A token with the given claims and OAuth scopes (for integrations). */
    public String issue(
            String subject,
            String name,
            String organisation,
            Collection<String> roles,
            Collection<String> scopes,
            Duration validFor) {
        return issue(subject, name, organisation, roles, scopes, null, validFor);
    }

    private String issue(
            String subject,
            String name,
            String organisation,
            Collection<String> roles,
            Collection<String> scopes,
            String personalIdentityCode,
            Duration validFor) {
        if (mode != SecurityMode.LOCAL) {
            throw new IllegalStateException("Tokens are issued only in the local security mode");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", name);
        claims.put("preferred_username", subject);
        if (organisation != null) {
            organisationClaim.put(claims, organisation);
        }
        roleClaim.put(claims, roles);
        if (personalIdentityCode != null) {
            identityCodeClaim.put(claims, personalIdentityCode);
        }
        if (!scopes.isEmpty()) {
            claims.put("scope", String.join(" ", new TreeSet<>(scopes)));
        }
        return Jwt.claims(claims)
                .issuer(SecurityMode.LOCAL_ISSUER)
                .audience(audience)
                .subject(subject)
                .expiresIn(validFor)
                .jws()
                .keyId("local")
                .sign(signingKey.privateKey());
    }
}
