package fi.sote.booking.adapters.in.rest.problem;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * quarkus-oidc's bearer-token mechanism, whose challenge (the 401 of a path guarded by an HTTP permission, such as
 * the metrics) carries a problem+json body like every other 401 of the service, not an empty one.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class ProblemChallenge implements HttpAuthenticationMechanism {

    private final OidcAuthenticationMechanism oidc;
    private final ProblemsBeforeTheApplication problems;

    ProblemChallenge(OidcAuthenticationMechanism oidc, ProblemsBeforeTheApplication problems) {
        this.oidc = oidc;
        this.problems = problems;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return oidc.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            if (challenge.headerName != null) {
                context.response().putHeader(challenge.headerName, challenge.headerContent);
            }
            problems.write(context, ProblemType.UNAUTHENTICATED, null);
            return true;
        });
    }
}
