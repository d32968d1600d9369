package fi.sote.booking.adapters.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fi.sote.booking.adapters.Personas;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;

@QuarkusTest
class ServiceTaskResourceTests {

    private static final String PATH = "/api/v1/service-tasks";

    @Inject
    LocalTokens tokens;

    private Personas personas;
    private String code;

    @BeforeEach
    void setUp() {
        personas = new Personas(tokens);
        code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void administratorRegistersAServiceTaskThatEveryoneInTheOrganisationSees() {
        String location = personas.as("administrator")
                .contentType(ContentType.JSON)
                .body(body(code.toLowerCase(), "Lapsiperheiden palvelut"))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("code", equalTo(code))
                .body("organisation", equalTo("kymenlaakso-demo"))
                .body("name.fi", equalTo("Lapsiperheiden palvelut"))
                .body("name.en", equalTo("Services for families with children"))
                .extract()
                .header("Location");

        String id = location.substring(location.lastIndexOf('/') + 1);
        personas.as("professional").get(PATH + "/" + id).then().statusCode(200).body("code", equalTo(code));
        personas.as("client").get(PATH).then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void anotherOrganisationsServiceTaskIsNotFoundAndNotListed() {
        String id = register(code);

        personas.as("other-organisation-administrator")
                .get(PATH + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"));
        personas.as("other-organisation-administrator")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem(code)));
    }

    @Test
    void sameCodeInAnotherOrganisationIsItsOwnServiceTask() {
        register(code);

        personas.as("other-organisation-administrator")
                .contentType(ContentType.JSON)
                .body(body(code, "Perheet"))
                .post(PATH)
                .then()
                .statusCode(201)
                .body("organisation", equalTo("siunsote-demo"));
    }

    @Test
    void withoutATokenTheAnswerIs401WithABearerChallenge() {
        given().contentType(ContentType.JSON)
                .body(body(code, "x"))
                .post(PATH)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fi-sote-booking:problem:unauthenticated"))
                .body("status", equalTo(401));
        given().get(PATH).then().statusCode(401).body("code", equalTo("unauthenticated"));
    }

    @Test
    void onlyAdministratorsRegisterServiceTasks() {
        for (String persona : List.of("professional", "counsellor", "supervisor", "client", "integration", "auditor")) {
            personas.as(persona)
                    .contentType(ContentType.JSON)
                    .body(body(code, "x"))
                    .post(PATH)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("code", equalTo("forbidden"));
        }
        personas.as("administrator").get(PATH).then().statusCode(200).body("items.code", not(hasItem(code)));
    }

    @Test
    void secondRegistrationOfACodeIsAConflictWithAStableCode() {
        register(code);

        personas.as("administrator")
                .contentType(ContentType.JSON)
                .body(body(code.toLowerCase(), "Toinen"))
                .post(PATH)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:fi-sote-booking:problem:duplicate-code"))
                .body("code", equalTo("duplicate-code"))
                .body("instance", equalTo(PATH));
    }

    @Test
    void concurrentRegistrationsOfOneCodeCreateExactlyOneServiceTask() throws Exception {
        int attempts = 12;
        String token = tokens.issue(DemoPersona.named("administrator"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Callable<Integer> attempt = () -> {
                    start.await();
                    return given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(body(code, "Rinnakkain"))
                            .post(PATH)
                            .statusCode();
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses)
                    .containsOnly(201, 409)
                    .filteredOn(status -> status == 201)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingAndBlankFieldsAreAllNamed() {
        personas.as("administrator")
                .contentType(ContentType.JSON)
                .body("{\"name\":{\"fi\":\" \"}}")
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation"))
                .body("errors.field", containsInAnyOrder("code", "name.fi"));
    }

    @Test
    void aValueTheDomainRefusesIsA400NamingTheField() {
        personas.as("administrator")
                .contentType(ContentType.JSON)
                .body(body("perhe työ", "x"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", startsWith("must be 1-40 letters"));
        personas.as("administrator")
                .contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":{\"fi\":\"x\",\"sv\":\"" + "y".repeat(201) + "\"}}")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name.sv"));
    }

    @Test
    void malformedJsonIsA400NotA500() {
        personas.as("administrator")
                .contentType(ContentType.JSON)
                .body("{\"code\": ")
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("malformed-request"));
    }

    @Test
    void aWrongTypeNamesTheFieldAndTheExpectedType() {
        personas.as("administrator")
                .contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":{\"fi\":[\"x\"]}}")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name.fi"))
                .body("errors[0].message", equalTo("must be a string"));
    }

    @Test
    void serverOwnedFieldsSentByTheCallerAreRejectedNotIgnored() {
        personas.as("administrator")
                .contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":{\"fi\":\"x\"},\"organisation\":\"siunsote-demo\"}")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organisation"));
        personas.as("administrator").get(PATH).then().body("items.code", not(hasItem(code)));
    }

    @Test
    void anUnknownPathAndAnUnsupportedMethodAreProblemsToo() {
        personas.as("administrator")
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        personas.as("administrator")
                .delete(PATH)
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("method-not-allowed"));
        personas.as("administrator")
                .contentType(ContentType.TEXT)
                .body("code=x")
                .post(PATH)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    private String register(String code) {
        String location = personas.as("administrator")
                .contentType(ContentType.JSON)
                .body(body(code, "Perheet"))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String body(String code, String finnishName) {
        return "{\"code\":\"" + code + "\",\"name\":{\"fi\":\"" + finnishName
                + "\",\"en\":\"Services for families with children\"}}";
    }
}
