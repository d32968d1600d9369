package fi.sote.booking.adapters.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: subject, organisation (tenant) and roles, taken from the verified token. The
 * organisation claim's name is configurable ({@code booking.security.organisation-claim}).
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final ClaimPath organisationClaim;
    private OrganisationId organisation;

    @Inject
    Caller(SecurityIdentity identity, JsonWebToken token,
            @ConfigProperty(name = "booking.security.organisation-claim") String organisationClaim) {
        this.identity = identity;
        this.token = token;
        this.organisationClaim = new ClaimPath(organisationClaim);
    }

    /** The caller's organisation; a token without a valid one is refused (403). */
    public OrganisationId organisation() {
        if (organisation == null) {
            organisation = readOrganisation();
        }
        return organisation;
    }

    private OrganisationId readOrganisation() {
        // the principal itself rather than the request-scoped proxy of the token
        String value = organisationClaim.text(identity.getPrincipal() instanceof JsonWebToken principal ? principal : token)
                .orElseThrow(() -> new ForbiddenException(
                        "The token carries no organisation claim '" + organisationClaim.path() + "'"));
        try {
            return new OrganisationId(value);
        } catch (InvalidValueException e) {
            throw new ForbiddenException("The token's organisation claim is not a valid organisation identifier");
        }
    }

    public String subject() {
        return token.getSubject();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }
}
