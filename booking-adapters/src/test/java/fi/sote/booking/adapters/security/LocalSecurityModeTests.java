package fi.sote.booking.adapters.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * The local security mode with real tokens: signed by smallrye-jwt-build, verified by quarkus-oidc
 * with the public key the service created in its data directory.
 */
@QuarkusTest
class LocalSecurityModeTests {

    private static final Path DATA = Path.of("target/test-data");

    @Inject
    LocalTokens tokens;

    @Test
    void aTokenIsWrittenForEveryDemoPersonaAndEachIsAccepted() throws Exception {
        for (DemoPersona persona : DemoPersona.ALL) {
            Path file = DATA.resolve("tokens").resolve(persona.file() + ".jwt");
            assertThat(file).exists();

            given().auth()
                    .oauth2(Files.readString(file).strip())
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .body("subject", equalTo(persona.subject()))
                    .body("organisation", equalTo(persona.organisation()))
                    .body("roles", contains(persona.roles().toArray()))
                    .body("securityMode", equalTo("local"));
        }
    }

    @Test
    void thePersonasCoverEveryRoleASecondClientAndProfessionalAndAForeignAdministrator() {
        assertThat(DemoPersona.ALL)
                .filteredOn(p -> p.organisation().equals(DemoPersona.DEMO_ORGANISATION))
                .flatExtracting(DemoPersona::roles)
                .contains(
                        Roles.ADMINISTRATOR,
                        Roles.PROFESSIONAL,
                        Roles.COUNSELLOR,
                        Roles.SUPERVISOR,
                        Roles.CLIENT,
                        Roles.INTEGRATION,
                        Roles.AUDITOR);
        assertThat(DemoPersona.ALL)
                .filteredOn(p -> p.roles().contains(Roles.CLIENT))
                .hasSize(2);
        assertThat(DemoPersona.ALL)
                .filteredOn(p -> p.roles().contains(Roles.PROFESSIONAL))
                .hasSize(2);
        assertThat(DemoPersona.named("other-organisation-administrator").organisation())
                .isNotEqualTo(DemoPersona.DEMO_ORGANISATION);
    }

    @Test
    void theSigningKeyIsKeptInTheDataDirectoryWithAPrivateFileMode() throws Exception {
        Path privateKey = DATA.resolve("keys").resolve(LocalSigningKey.PRIVATE_KEY_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");
        assertThat(LocalSigningKey.loadOrCreate(DATA.resolve("keys")).publicKeyBase64())
                .as("the key is reused, not replaced")
                .isEqualTo(LocalSigningKey.loadOrCreate(DATA.resolve("keys")).publicKeyBase64());
    }

    /** An administrator's token like the service's own, signed with another key. */
    static String forgedToken() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Jwt.claims(Map.of(
                        "organisation", "kymenlaakso-demo", "realm_access", Map.of("roles", List.of("administrator"))))
                .issuer(SecurityMode.LOCAL_ISSUER)
                .subject("mallory")
                .expiresIn(Duration.ofHours(1))
                .jws()
                .keyId("local")
                .sign(generator.generateKeyPair().getPrivate());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        given().auth()
                .oauth2(forgedToken())
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void anExpiredTokenIsRejected() {
        String expired = Jwt.claims(Map.of("organisation", "kymenlaakso-demo"))
                .issuer(SecurityMode.LOCAL_ISSUER)
                .subject("someone")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .jws()
                .keyId("local")
                .sign(LocalSigningKey.loadOrCreate(DATA.resolve("keys")).privateKey());

        given().auth().oauth2(expired).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRejectedEvenWithTheRightKey() {
        String foreign = Jwt.claims(Map.of("organisation", "kymenlaakso-demo"))
                .issuer("https://idp.example.org")
                .subject("someone")
                .expiresIn(Duration.ofHours(1))
                .jws()
                .keyId("local")
                .sign(LocalSigningKey.loadOrCreate(DATA.resolve("keys")).privateKey());

        given().auth().oauth2(foreign).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenThatNamesNoSubjectIsRejectedAsUnauthenticatedEvenForAClient() {
        String nobody = Jwt.claims(Map.of(
                        "organisation", "kymenlaakso-demo", "realm_access", Map.of("roles", List.of(Roles.CLIENT))))
                .issuer(SecurityMode.LOCAL_ISSUER)
                .audience("booking-api")
                .expiresIn(Duration.ofHours(1))
                .jws()
                .keyId("local")
                .sign(LocalSigningKey.loadOrCreate(DATA.resolve("keys")).privateKey());

        given().auth()
                .oauth2(nobody)
                .get("/api/v1/bookings")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void aTokenIssuedForAnotherApplicationOrForNoneIsRejected() {
        for (Set<String> audience : List.of(Set.of("another-application"), Set.<String>of())) {
            var claims = Jwt.claims(Map.of(
                            "organisation",
                            "kymenlaakso-demo",
                            "realm_access",
                            Map.of("roles", List.of(Roles.ADMINISTRATOR))))
                    .issuer(SecurityMode.LOCAL_ISSUER)
                    .subject("someone")
                    .expiresIn(Duration.ofHours(1));
            String token = (audience.isEmpty() ? claims : claims.audience(audience))
                    .jws()
                    .keyId("local")
                    .sign(LocalSigningKey.loadOrCreate(DATA.resolve("keys")).privateKey());

            assertThat(given().auth().oauth2(token).get("/api/v1/service-tasks").statusCode())
                    .as("audience %s", audience)
                    .isEqualTo(401);
        }
        given().auth()
                .oauth2(tokens.issue(
                        "someone", "Joku", "kymenlaakso-demo", Set.of(Roles.ADMINISTRATOR), Duration.ofMinutes(5)))
                .get("/api/v1/service-tasks")
                .then()
                .statusCode(200);
    }

    @Test
    void aValidTokenWithoutAnOrganisationIsForbidden() {
        String token = tokens.issue(
                "no-tenant", "Ei Organisaatiota", null, Set.of(Roles.ADMINISTRATOR), Duration.ofMinutes(5));

        given().auth()
                .oauth2(token)
                .get("/api/v1/service-tasks")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("The token carries no organisation claim 'organisation'"));
    }

    @Test
    void rolesComeFromTheConfiguredClaimPath() {
        String token = tokens.issue(
                "two-roles",
                "Kaksi Roolia",
                "kymenlaakso-demo",
                List.of(Roles.SUPERVISOR, Roles.PROFESSIONAL),
                Duration.ofMinutes(5));

        given().auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("professional", "supervisor"));
    }
}
