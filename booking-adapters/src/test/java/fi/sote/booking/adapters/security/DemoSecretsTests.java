package fi.sote.booking.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The secrets shipped in deploy/ are marked as demonstration secrets, and a service given one refuses to start. */
class DemoSecretsTests {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Map<String, String> ENVIRONMENT_NAMES = Map.of(
            "QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password",
            "QUARKUS_FLYWAY_PASSWORD", "quarkus.flyway.password",
            "QUARKUS_OIDC_CREDENTIALS_SECRET", "quarkus.oidc.credentials.secret",
            "BOOKING_CLIENT_IDENTITY_KEY", "booking.client-identity.key");

    @Test
    void theComposeFilesSecretsAreEachMarkedAndRefusedOutsideADemonstration() throws Exception {
        Map<String, String> compose = composeSecrets();
        assertThat(compose)
                .containsOnlyKeys(
                        "quarkus.datasource.password", "quarkus.flyway.password", "booking.client-identity.key");

        for (Map.Entry<String, String> secret : compose.entrySet()) {
            assertThatThrownBy(() -> DemoSecrets.check(only(secret.getKey(), secret.getValue()), false))
                    .as(secret.getKey())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(secret.getKey())
                    .hasMessageContaining("BOOKING_DEMO_SECRETS_ALLOWED=true");
        }
        assertThatCode(() -> DemoSecrets.check(name -> Optional.ofNullable(compose.get(name)), true))
                .as("the compose file declares itself a demonstration")
                .doesNotThrowAnyException();
        assertThat(Files.readString(DEPLOY.resolve("compose.yaml"))).contains("BOOKING_DEMO_SECRETS_ALLOWED: \"true\"");
    }

    @Test
    void theRealmsClientSecretsAndTheDatabaseScriptsPasswordAreMarked() throws Exception {
        String realm = Files.readString(DEPLOY.resolve("keycloak/booking-realm.json"));
        Matcher secrets = Pattern.compile("\"secret\": \"([^\"]*)\"").matcher(realm);
        int count = 0;
        while (secrets.find()) {
            assertThat(secrets.group(1)).startsWith(DemoSecrets.MARK);
            count++;
        }
        assertThat(count).as("client secrets in the realm").isEqualTo(2);
        assertThat(realm).contains("\"displayName\": \"Social welfare booking (DEMO ONLY");
        assertThat(Files.readString(DEPLOY.resolve("postgres/service-role.sql")))
                .contains("password '" + DemoSecrets.MARK);
    }

    @Test
    void ownSecretsStartAndAnUnsetSecretIsNoConcernOfThisCheck() {
        assertThatCode(() -> DemoSecrets.check(
                        only("booking.client-identity.key", "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs="), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> DemoSecrets.check(name -> Optional.empty(), false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DemoSecrets.check(only("quarkus.oidc.credentials.secret", "DEMO-ONLY-x"), false))
                .hasMessageContaining("quarkus.oidc.credentials.secret");
    }

    private static DemoSecrets.Settings only(String name, String value) {
        return asked -> asked.equals(name) ? Optional.of(value) : Optional.empty();
    }

    /** The booking service's secret settings in deploy/compose.yaml, by their configuration names. */
    private static Map<String, String> composeSecrets() throws Exception {
        Matcher lines = Pattern.compile("(?m)^\\s+([A-Z_]+): \"?([^\"\\n]*)\"?$")
                .matcher(Files.readString(DEPLOY.resolve("compose.yaml")));
        Map<String, String> found = new LinkedHashMap<>();
        while (lines.find()) {
            if (ENVIRONMENT_NAMES.containsKey(lines.group(1))) {
                found.put(ENVIRONMENT_NAMES.get(lines.group(1)), lines.group(2).strip());
            }
        }
        return found;
    }
}
