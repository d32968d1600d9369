package fi.sote.booking.adapters.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.Startup;

/**
 * The secrets shipped in {@code deploy/} for trying the service out (the Docker Compose file's database
 * passwords, client identity key and identity-provider client secret) all carry the mark {@value #MARK}. A
 * service given a marked secret refuses to start unless the deployment says it is a demonstration with
 * {@code BOOKING_DEMO_SECRETS_ALLOWED=true}, so that a demo value copied into a real deployment is caught at the
 * first start rather than by an attacker who read it on GitHub.
 */
@Singleton
@Startup
class DemoSecrets {

    static final String MARK = "demo-only";
    static final String ALLOWED = "booking.demo-secrets.allowed";
    /** The settings that hold secrets; the client identity key is base64 and is read decoded as well. */
    static final List<String> SETTINGS = List.of(
            "quarkus.datasource.password",
            "quarkus.flyway.password",
            "quarkus.oidc.credentials.secret",
            ClientIdentityKey.PROPERTY);

    DemoSecrets(Config config) {
        check(
                name -> config.getOptionalValue(name, String.class),
                config.getOptionalValue(ALLOWED, Boolean.class).orElse(false));
    }

    interface Settings {
        Optional<String> value(String name);
    }

    static void check(Settings settings, boolean allowed) {
        if (allowed) {
            return;
        }
        List<String> marked = SETTINGS.stream()
                .filter(name -> settings.value(name).filter(DemoSecrets::marked).isPresent())
                .toList();
        if (!marked.isEmpty()) {
            throw new IllegalStateException("The demonstration secrets shipped in deploy/ (marked '" + MARK
                    + "') are configured in " + String.join(", ", marked)
                    + ". Give this deployment secrets of its own, or set BOOKING_DEMO_SECRETS_ALLOWED=true"
                    + " if it is a demonstration.");
        }
    }

    private static boolean marked(String value) {
        return value.toLowerCase(Locale.ROOT).contains(MARK) || decoded(value).contains(MARK);
    }

    private static String decoded(String value) {
        try {
            return new String(Base64.getDecoder().decode(value.strip()), StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
