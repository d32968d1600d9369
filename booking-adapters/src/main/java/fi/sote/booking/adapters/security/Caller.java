package fi.sote.booking.adapters.security;

import java.util.Arrays;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

import fi.sote.booking.application.client.port.in.IdentifyClientQuery;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/**
 * Who is calling: subject, organisation (tenant) and roles, taken from the verified token. The
 * organisation claim's name is configurable ({@code booking.security.organisation-claim}).
 */
@RequestScoped
public class Caller {

    /** The request header in which a caller states why they read client data (the access log's basis). */
    public static final String PURPOSE_HEADER = "Purpose-Of-Use";

    private static final ClaimPath SCOPE = new ClaimPath("scope");
    private static final ClaimPath AUTHORIZED_PARTY = new ClaimPath("azp");
    private static final ClaimPath CLIENT_ID = new ClaimPath("client_id");

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final ClaimPath organisationClaim;
    private final ClaimPath unitClaim;
    private final ClaimPath identityCodeClaim;
    private final IdentifyClientQuery clients;
    private final RoutingContext request;
    private OrganisationId organisation;
    private Actor actor;

    @Inject
    Caller(
            SecurityIdentity identity,
            JsonWebToken token,
            @ConfigProperty(name = "booking.security.organisation-claim") String organisationClaim,
            @ConfigProperty(name = "booking.security.unit-claim") String unitClaim,
            @ConfigProperty(name = "booking.security.identity-code-claim") String identityCodeClaim,
            IdentifyClientQuery clients,
            RoutingContext request) {
        this.identity = identity;
        this.token = token;
        this.organisationClaim = new ClaimPath(organisationClaim);
        this.unitClaim = new ClaimPath(unitClaim);
        this.identityCodeClaim = new ClaimPath(identityCodeClaim);
        this.clients = clients;
        this.request = request;
    }

    /**
     * The caller as the use cases know them: organisation, subject, roles, and for the access log
     * their unit (claim {@code booking.security.unit-claim}), the purpose they give in the
     * {@value #PURPOSE_HEADER} header and the application the token was issued to ({@code azp}).
     */
    public Actor actor() {
        if (actor == null) {
            JsonWebToken principal = principal();
            Set<Role> roles = Role.ofClaims(roles());
            // a client is known by their code too, when strong identification gave one
            PersonalIdentityCode code = roles.contains(Role.CLIENT) ? identityCode(principal) : null;
            actor = new Actor(
                    organisation(),
                    subject(),
                    roles,
                    unitClaim.text(principal).orElse(null),
                    purpose(),
                    AUTHORIZED_PARTY
                            .text(principal)
                            .or(() -> CLIENT_ID.text(principal))
                            .orElse(null),
                    granted(IntegrationScopes.BOOKINGS_READ),
                    code,
                    roles.contains(Role.CLIENT) ? clients.selves(organisation(), subject(), code) : null);
        }
        return actor;
    }

    /**
     * The personal identity code a strong identification service put in the token (claim {@code
     * booking.security.identity-code-claim}); null when there is none; a token with one that is not a valid code is
     * refused (403).
     */
    private PersonalIdentityCode identityCode(JsonWebToken principal) {
        return identityCodeClaim
                .text(principal)
                .map(value -> {
                    try {
                        return PersonalIdentityCode.parse("identity code claim", value);
                    } catch (InvalidValueException e) {
                        throw new ForbiddenException("The token's claim '" + identityCodeClaim.path()
                                + "' is not a valid personal identity code");
                    }
                })
                .orElse(null);
    }

    private String purpose() {
        String purpose = request.request().getHeader(PURPOSE_HEADER);
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        if (purpose.length() > 200 || purpose.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(PURPOSE_HEADER, "must be at most 200 characters of text");
        }
        return purpose.strip();
    }

    private JsonWebToken principal() {
        // the principal itself rather than the request-scoped proxy of the token
        return identity.getPrincipal() instanceof JsonWebToken principal ? principal : token;
    }

    /** The caller's organisation; a token without a valid one is refused (403). */
    public OrganisationId organisation() {
        if (organisation == null) {
            organisation = readOrganisation();
        }
        return organisation;
    }

    private OrganisationId readOrganisation() {
        String value = organisationClaim
                .text(principal())
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

    /** The OAuth scopes of the token (its space-separated {@code scope} claim). */
    public Set<String> scopes() {
        return SCOPE.text(principal())
                .map(scope -> Set.copyOf(Arrays.asList(scope.strip().split("\\s+"))))
                .orElse(Set.of());
    }

    /**
     * Whether the caller may do what the scope grants: any caller but an integration (their roles decide), an
     * integration only when its token has the scope.
     */
    public boolean granted(String scope) {
        return !identity.hasRole(Roles.INTEGRATION) || scopes().contains(scope);
    }

    /** The role claims of the token as they are, known roles or not. */
    public Set<String> roles() {
        return identity.getRoles();
    }
}
