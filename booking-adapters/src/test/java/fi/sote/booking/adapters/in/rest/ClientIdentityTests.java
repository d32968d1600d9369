package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.Rows;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * Clients booked by personal identity code: validated on input, shown to those who see the booking,
 * found by a search whose code travels in the body, and in the database only as a keyed hash (the
 * reference bookings carry) and a ciphertext.
 */
@QuarkusTest
class ClientIdentityTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    @Test
    void aCounsellorBooksByPersonalIdentityCodeWhichTheDatabaseHoldsOnlyHashedAndEncrypted() throws Exception {
        String code = "131052-308T";
        Response booked = counsellor()
                .body(bookingFor(BookingResourceTests.at(0, "09:00"), "\"" + code.toLowerCase() + " \""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("clientPersonalIdentityCode", equalTo(code))
                .body("client", startsWith("hetu:"))
                .extract()
                .response();
        String reference = booked.jsonPath().getString("client");
        assertThat(reference).doesNotContain("131052").doesNotContain("308T");

        assertThat(count("select count(*) from booking where client_reference like '%131052%'"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from client_identity where position(convert_to('131052', 'UTF8') in code_encrypted) > 0"))
                .isZero();
        assertThat(count("select count(*) from client_identity where reference = '" + reference + "'"))
                .isEqualTo(1);

        String again = counsellor()
                .body(bookingFor(BookingResourceTests.at(2, "09:00"), "\"" + code + "\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("client");
        assertThat(again).as("the same code is the same client").isEqualTo(reference);

        counsellor()
                .body("{\"clientPersonalIdentityCode\":\"" + code + "\",\"when\":\"ALL\"}")
                .post("/api/v1/bookings/search")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(booked.jsonPath().getString("id")))
                .body("items[0].clientPersonalIdentityCode", equalTo(code));
        catalogue
                .asProfessional()
                .get("/api/v1/bookings/" + booked.jsonPath().getString("id"))
                .then()
                .statusCode(200)
                .body("clientPersonalIdentityCode", equalTo(code));
    }

    @Test
    void theReplyKeptForAnIdempotencyKeyHoldsTheCodeAndReferralOnlySealed() throws Exception {
        String code = "020304-921E";
        String note = "Toimeentulotuki, asumisen kriisi";
        String body =
                bookingFor(BookingResourceTests.at(2, "09:00"), "\"" + code + "\",\"referralNote\":\"" + note + "\"");
        String key = "sealed-" + catalogue.suffix;
        String first = counsellor()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("clientPersonalIdentityCode", equalTo(code))
                .extract()
                .asString();

        assertThat(count("select count(*) from idempotent_request where idempotency_key = '" + key + "'"))
                .isEqualTo(1);
        // the text columns must not hold the secret, nor the sealed body its bytes; the sealed body's own hex
        // digits are random, and would now and then spell a secret made of digits by chance
        for (String secret : new String[] {"020304", "921E", "Toimeentulotuki"}) {
            assertThat(count("select count(*) from idempotent_request r where concat_ws(' ', r.organisation_id, "
                            + "r.subject, r.idempotency_key, r.request_hash, r.location, r.etag) like '%" + secret
                            + "%' or encode(r.body_sealed, 'hex') like '%" + hex(secret) + "%'"))
                    .as("%s readable in a stored reply", secret)
                    .isZero();
        }

        String replayed = counsellor()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .asString();
        assertThat(replayed).isEqualTo(first);
    }

    @Test
    void aSearchForACodeNeverBookedFindsNothingAndKeepsNothing() throws Exception {
        int kept = count("select count(*) from client_identity");

        counsellor()
                .body("{\"clientPersonalIdentityCode\":\"010594Y9032\",\"when\":\"ALL\"}")
                .post("/api/v1/bookings/search")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));

        assertThat(count("select count(*) from client_identity")).isEqualTo(kept);
    }

    @Test
    void anInvalidCodeIs400NamingTheFieldWithoutRepeatingTheCode() {
        String answer = counsellor()
                .body(bookingFor(BookingResourceTests.at(0, "10:00"), "\"131052-308S\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clientPersonalIdentityCode"))
                .body("errors[0].message", equalTo("has a check character that does not match"))
                .extract()
                .asString();
        assertThat(answer).doesNotContain("131052");

        counsellor()
                .body("{\"clientPersonalIdentityCode\":\"290200-1239\"}")
                .post("/api/v1/bookings/search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clientPersonalIdentityCode"));
        counsellor()
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "10:00"),
                        "someone-" + catalogue.suffix,
                        "\"clientPersonalIdentityCode\":\"020594X903P\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clientPersonalIdentityCode"));
    }

    @Test
    void aClientBooksOnlyAsThemselvesAndDoesNotSearchByCode() {
        RequestSpecification client = catalogue.as("client-" + catalogue.suffix, Roles.CLIENT);
        client.body(bookingFor(BookingResourceTests.at(7, "11:00"), "\"030594W903B\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .body("errors[0].field", equalTo("clientPersonalIdentityCode"));
        catalogue
                .as("client-" + catalogue.suffix, Roles.CLIENT)
                .body("{\"clientPersonalIdentityCode\":\"030594W903B\"}")
                .post("/api/v1/bookings/search")
                .then()
                .statusCode(403);
    }

    private RequestSpecification counsellor() {
        return catalogue.as("counsellor-" + catalogue.suffix, Roles.COUNSELLOR);
    }

    private String bookingFor(String start, String codeJson) {
        return BookingResourceTests.booking(
                catalogue.resourceId, catalogue.productId, start, null, "\"clientPersonalIdentityCode\":" + codeJson);
    }

    /** How {@code text} shows inside a bytea in a row's text form. */
    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private int count(String query) throws Exception {
        return Rows.count(dataSource, query);
    }
}
