package fi.sote.booking.adapters.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;

/** Verified bearer tokens are answered from the cache, never past their time, and only verified ones are kept. */
@QuarkusTest
class VerifiedTokensTests {

    @Inject
    LocalTokens tokens;

    @Inject
    VerifiedTokens verified;

    @Test
    void aVerifiedTokenIsAnsweredFromTheCacheBeforeOidcIsAsked() {
        String token = tokens.issue(
                "cached-" + System.nanoTime(),
                "Välimuisti Testi",
                "kymenlaakso-demo",
                List.of(Roles.SUPERVISOR),
                Duration.ofMinutes(5));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("roles", contains("supervisor"));
        SecurityIdentity identity = verified.find(token, System.currentTimeMillis());
        assertThat(identity).isNotNull();
        assertThat(identity.getRoles()).containsExactly(Roles.SUPERVISOR);

        // the same token again: the same caller
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("roles", contains("supervisor"));
        // a string OIDC would refuse is answered from the cache when it is there, so the cache is asked first
        String unverifiable = "not-a-token-" + System.nanoTime();
        given().auth().oauth2(unverifiable).get("/api/v1/me").then().statusCode(401);
        verified.keep(unverifiable, identity, System.currentTimeMillis());
        given().auth()
                .oauth2(unverifiable)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", contains("supervisor"));
    }

    @Test
    void aTokenIsKeptForTheTtlAtMostAndNeverPastItsExpiry() {
        long now = System.currentTimeMillis();
        String longLived = tokens.issue(
                "long-" + now, "Pitkä", "kymenlaakso-demo", Set.of(Roles.PROFESSIONAL), Duration.ofHours(1));
        String shortLived = tokens.issue(
                "short-" + now, "Lyhyt", "kymenlaakso-demo", Set.of(Roles.PROFESSIONAL), Duration.ofSeconds(20));
        given().auth().oauth2(longLived).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(shortLived).get("/api/v1/me").then().statusCode(200);

        assertThat(verified.find(longLived, now + 50_000)).isNotNull();
        assertThat(verified.find(shortLived, now + 10_000)).isNotNull();
        // the TTL (one minute) ends the long-lived token's entry, the expiry the short-lived one's
        assertThat(verified.find(shortLived, now + 25_000)).isNull();
        assertThat(verified.find(longLived, now + 65_000)).isNull();
    }

    @Test
    void aTokenThatFailsVerificationIsNeverKept() throws Exception {
        String forged = LocalSecurityModeTests.forgedToken();

        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(forged)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(401)
                    .body("code", equalTo("unauthenticated"));
        }
        assertThat(verified.find(forged, System.currentTimeMillis())).isNull();
    }
}
