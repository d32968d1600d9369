package fi.sote.booking.adapters.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;

/** A browser application on a configured origin may call the API; one on any other origin may not. */
@QuarkusTest
class CorsTests {

    /** The origin the test profile allows (BOOKING_CORS_ORIGINS in a deployment). */
    private static final String FRONTEND = "https://frontend.example";

    @Inject
    LocalTokens tokens;

    @Test
    void aConfiguredOriginIsAllowedTheApisMethodsAndHeadersAndSeesItsResponseHeaders() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/bookings")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));

        given().header("Origin", FRONTEND)
                .auth()
                .oauth2(tokens.issue(DemoPersona.named("administrator")))
                .get("/api/v1/service-tasks")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void anyOtherOriginIsRefused() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/service-tasks")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example")
                .auth()
                .oauth2(tokens.issue(DemoPersona.named("administrator")))
                .get("/api/v1/service-tasks")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
