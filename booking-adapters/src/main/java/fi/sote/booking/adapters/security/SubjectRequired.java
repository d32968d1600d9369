package fi.sote.booking.adapters.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * A token must name its subject ({@code sub}): every booking, change and access-log entry records who acted, and a
 * client is the subject. A verified token without one is refused like an invalid token (401), before anything else
 * sees the identity.
 */
@ApplicationScoped
class SubjectRequired implements SecurityIdentityAugmentor {

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && (token.getSubject() == null || token.getSubject().isBlank())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token names no subject (sub)"));
        }
        return Uni.createFrom().item(identity);
    }
}
