package fi.sote.booking.adapters.security;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

import fi.sote.booking.adapters.platform.LocalDefaultsConfigSourceFactory;

/**
 * The local security mode (demo tokens signed by the service itself) starts only where it is allowed: on a
 * developer's machine by default, in the container image only when asked for with
 * {@code BOOKING_SECURITY_LOCAL_ALLOWED=true}. Otherwise a deployment that forgot its identity provider fails to start
 * and says why, instead of quietly running on demo tokens.
 */
@Singleton
@Startup
class LocalModeAllowed {

    LocalModeAllowed(
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.SECURITY_MODE) SecurityMode mode,
            @ConfigProperty(name = "booking.security.local.allowed", defaultValue = "true") boolean allowed) {
        check(mode, allowed);
    }

    static void check(SecurityMode mode, boolean allowed) {
        if (mode == SecurityMode.LOCAL && !allowed) {
            throw new IllegalStateException(
                    "No identity provider is configured (QUARKUS_OIDC_AUTH_SERVER_URL), and this "
                            + "deployment does not allow the local security mode with its demo tokens "
                            + "(BOOKING_SECURITY_LOCAL_ALLOWED=false). Configure the provider, or set "
                            + "BOOKING_SECURITY_LOCAL_ALLOWED=true to try the service with demo tokens.");
        }
    }
}
