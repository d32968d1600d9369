package fi.sote.booking.adapters.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens already verified, so that a caller's next requests with the same token skip the
 * signature check and claim parsing (about a seventh of the service's CPU per booking). A token is
 * kept for {@code booking.security.verified-token-cache.ttl} (default one minute), never past its
 * own expiry, and only the exact token string finds it; a token that failed verification is never
 * kept. A key withdrawn from the provider's key set therefore stops a token it signed within the TTL
 * at most; a TTL of zero turns the cache off.
 * <p>
 * Two parts of Quarkus security: an identity provider asked before the OIDC extension's, which
 * answers from the cache or passes (no identity), and an augmentor, run after OIDC verified a
 * token, which keeps the identity.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Marks an identity answered from the cache, so that the augmentor does not keep it again. */
    private static final String FROM_CACHE = VerifiedTokens.class.getName() + ".from-cache";

    private record Verified(SecurityIdentity identity, long expiresAtMillis) {}

    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final int capacity;

    VerifiedTokens(
            @ConfigProperty(name = "booking.security.verified-token-cache.ttl", defaultValue = "PT1M") Duration ttl,
            @ConfigProperty(name = "booking.security.verified-token-cache.size", defaultValue = "10000") int capacity) {
        this.ttlMillis = ttl.toMillis();
        this.capacity = capacity;
    }

    /** The identity of a token verified before and still within its time here, or null. */
    SecurityIdentity find(String token, long nowMillis) {
        Verified found = verified.get(token);
        if (found == null) {
            return null;
        }
        if (nowMillis >= found.expiresAtMillis()) {
            verified.remove(token, found);
            return null;
        }
        return found.identity();
    }

    /** Keeps the identity of a token OIDC has just verified, until its expiry or the TTL, whichever is first. */
    void keep(String token, SecurityIdentity identity, long nowMillis) {
        if (ttlMillis <= 0 || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long expiresAt = Math.min(nowMillis + ttlMillis, jwt.getExpirationTime() * 1000);
        if (expiresAt <= nowMillis) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(entry -> nowMillis >= entry.expiresAtMillis());
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(identity, expiresAt));
    }

    /** Answers a bearer token from the cache before the OIDC extension verifies it; passes when it has none. */
    @ApplicationScoped
    static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

        private final VerifiedTokens tokens;

        Provider(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        /** Ahead of the OIDC extension's provider (priority 1001): the higher is asked first. */
        @Override
        public int priority() {
            return 2000;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            SecurityIdentity found = tokens.find(request.getToken().getToken(), System.currentTimeMillis());
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            // the identity as verified, with this request's routing context in place of the first one's
            QuarkusSecurityIdentity.Builder identity =
                    QuarkusSecurityIdentity.builder(found).addAttribute(FROM_CACHE, true);
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (routing != null) {
                identity.addAttribute(RoutingContext.class.getName(), routing);
            }
            return Uni.createFrom().item(identity.build());
        }
    }

    /** Keeps each identity the OIDC extension verified from a bearer token; runs after every other augmentor. */
    @ApplicationScoped
    static class Keeper implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        Keeper(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            TokenCredential credential = identity.getCredential(TokenCredential.class);
            if (credential != null && !identity.isAnonymous() && identity.getAttribute(FROM_CACHE) == null) {
                tokens.keep(credential.getToken(), identity, System.currentTimeMillis());
            }
            return Uni.createFrom().item(identity);
        }
    }
}
