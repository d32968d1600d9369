package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.Rows;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase;

/**
 * Every POST that creates or changes something takes an Idempotency-Key, so a client that lost the answer can send
 * the request again: the first reply comes back instead of a second change or a refusal of the repeat.
 */
@QuarkusTest
class IdempotencyKeyTests {

    @Inject
    LocalTokens tokens;

    @Inject
    RunOncePerKeyUseCase runOnce;

    @Inject
    DataSource dataSource;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    @Test
    void aCancellationSentAgainWithItsKeyReplaysTheFirstAnswerInsteadOfRefusingTheRepeat() {
        String id = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "09:00"),
                        "again-" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String key = "cancel-" + id;

        Response first = catalogue
                .asPersona("counsellor")
                .header("Idempotency-Key", key)
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/cancel");
        first.then().statusCode(200).header("Idempotent-Replayed", nullValue());
        Response again = catalogue
                .asPersona("counsellor")
                .header("Idempotency-Key", key)
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/cancel");

        again.then().statusCode(200).header("Idempotent-Replayed", equalTo("true"));
        assertThat(again.jsonPath().getString("items[0].status")).isEqualTo("CANCELLED");
        assertThat(again.jsonPath().getInt("items[0].version"))
                .isEqualTo(first.jsonPath().getInt("items[0].version"));
        catalogue
                .asPersona("counsellor")
                .header("Idempotency-Key", key)
                .body("{\"reason\":\"CLIENT_ILLNESS\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
    }

    @Test
    void aReplayRepeatsTheStatusBodyTagAndTypeAndNamesTheHostTheRetryReached() {
        String body = BookingResourceTests.booking(
                catalogue.resourceId,
                catalogue.productId,
                BookingResourceTests.at(2, "09:00"),
                "replayed-" + catalogue.suffix,
                null);
        String key = "book-" + catalogue.suffix;

        Response first = catalogue
                .asPersona("counsellor")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/bookings");
        Response again = catalogue
                .asPersona("counsellor")
                .header("Idempotency-Key", key)
                .header("Host", "replica.example:8080")
                .body(body)
                .post("/api/v1/bookings");

        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        again.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        assertThat(again.contentType()).isEqualTo(first.contentType()).containsIgnoringCase("charset=UTF-8");
        String path = "/api/v1/bookings/" + first.jsonPath().getString("id");
        assertThat(first.header("Location")).endsWith(path);
        assertThat(again.header("Location")).isEqualTo("http://replica.example:8080" + path);
    }

    @Test
    void aRegistrationSentAgainWithItsKeyGivesTheSameItemNotADuplicateCode() {
        String body = "{\"code\":\"AGAIN_" + catalogue.suffix.toUpperCase() + "\",\"name\":{\"fi\":\"Uudelleen\"}}";
        String key = "register-" + catalogue.suffix;

        Response first = catalogue
                .asPersona("administrator")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/service-tasks");
        Response again = catalogue
                .asPersona("administrator")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/service-tasks");

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        catalogue
                .asPersona("administrator")
                .body(body)
                .post("/api/v1/service-tasks")
                .then()
                .statusCode(409)
                .body("code", equalTo("duplicate-code"));
    }

    @Test
    void repliesPastTheirRetentionAreDeletedEveryTimeNotByChance() throws Exception {
        String key = "kept-" + catalogue.suffix;
        catalogue
                .asPersona("administrator")
                .header("Idempotency-Key", key)
                .body("{\"code\":\"KEPT_" + catalogue.suffix.toUpperCase() + "\",\"name\":{\"fi\":\"Pidetty\"}}")
                .post("/api/v1/service-tasks")
                .then()
                .statusCode(201);
        String expired = "expired-" + catalogue.suffix;
        update("insert into idempotent_request (organisation_id, subject, idempotency_key, request_hash, status, "
                + "body_sealed, created_at) values ('elsewhere', 'someone', '" + expired
                + "', 'x', 201, '\\x00', now() - interval '2 days 1 minute')");

        assertThat(QuarkusTransaction.requiringNew().call(runOnce::forgetExpired))
                .isGreaterThanOrEqualTo(1);

        assertThat(count("select count(*) from idempotent_request where idempotency_key = '" + expired + "'"))
                .isZero();
        assertThat(count("select count(*) from idempotent_request where idempotency_key = '" + key + "'"))
                .as("a reply within its retention stays")
                .isEqualTo(1);
    }

    private void update(String sql) throws Exception {
        Rows.execute(dataSource, sql);
    }

    private int count(String query) throws Exception {
        return Rows.count(dataSource, query);
    }
}
