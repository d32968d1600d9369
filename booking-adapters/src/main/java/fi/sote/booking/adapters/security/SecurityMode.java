package fi.sote.booking.adapters.security;

import java.util.Locale;

/**
 * How bearer tokens are verified. Either way quarkus-oidc verifies them; only the key source differs.
 */
public enum SecurityMode {

    /** Tokens of the provider at {@code quarkus.oidc.auth-server-url}. */
    OIDC,

    /** No provider configured: tokens signed with the service's own key (for trying the service out). */
    LOCAL;

    /** The issuer of the tokens the local mode signs. */
    public static final String LOCAL_ISSUER = "urn:fi-sote-booking:local";

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
