package fi.sote.booking.adapters.in.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/** Client self-service through the API: 30 requests at once, then 2 a second (the defaults). */
@QuarkusTest
class ClientRateLimitingTests {

    @Inject
    LocalTokens tokens;

    @Test
    void aClientBeyondTheirAllowanceGets429WithRetryAfterAndOthersGoOn() throws Exception {
        CatalogueFixture as = new CatalogueFixture(tokens);
        String client = "client-" + as.suffix;
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 300 && limited == null; i++) {
            Response answer = as.as(client, Roles.CLIENT).get("/api/v1/bookings");
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                limited = answer;
            }
        }

        assertThat(statuses.subList(0, 30)).as("the burst").containsOnly(200);
        assertThat(limited).as("a 429 within 300 requests").isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.jsonPath().getString("code")).isEqualTo("rate-limited");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);

        assertThat(as.as("other-" + client, Roles.CLIENT)
                        .get("/api/v1/bookings")
                        .statusCode())
                .as("another client's allowance is their own")
                .isEqualTo(200);
        for (int i = 0; i < 40; i++) {
            assertThat(as.as("professional-" + as.suffix, Roles.PROFESSIONAL)
                            .get("/api/v1/me")
                            .statusCode())
                    .as("professionals are not limited")
                    .isEqualTo(200);
        }

        Thread.sleep(retryAfter * 1000);
        assertThat(as.as(client, Roles.CLIENT).get("/api/v1/bookings").statusCode())
                .as("after Retry-After")
                .isEqualTo(200);
    }
}
