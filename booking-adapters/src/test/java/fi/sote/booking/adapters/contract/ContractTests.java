package fi.sote.booking.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contract's examples, and the judge the whole suite runs under: every example matches its schema, and an
 * answer or an accepted request that departs from the contract in any one field is caught.
 */
class ContractTests {

    private static final Contract CONTRACT = Contract.committed();
    private static final String BOOKINGS = "/api/v1/bookings";

    @Test
    void everyRequestBodyAndMainAnswerHasAnExampleItsSchemaAccepts() {
        assertThat(CONTRACT.exampleViolations()).isEmpty();
    }

    @Test
    void aBookingAsTheServiceAnsweredItKeepsTheContract() {
        assertThat(CONTRACT.violations(booked(booking()))).isEmpty();
    }

    @Test
    void aWrongFieldInAnAnswerBreaksTheContract() {
        ObjectNode missing = booking();
        missing.remove("status");
        assertThat(CONTRACT.violations(booked(missing)))
                .singleElement(STRING)
                .contains("required property 'status' not found");

        ObjectNode wrongType = booking();
        wrongType.put("capacity", "one");
        assertThat(CONTRACT.violations(booked(wrongType)))
                .anySatisfy(violation -> assertThat(violation).contains("/capacity"));

        ObjectNode notADateTime = booking();
        notADateTime.put("start", "tomorrow at nine");
        assertThat(CONTRACT.violations(booked(notADateTime)))
                .anySatisfy(violation -> assertThat(violation).contains("/start", "date-time"));

        ObjectNode notAStatus = booking();
        notAStatus.put("status", "LOST");
        assertThat(CONTRACT.violations(booked(notAStatus)))
                .anySatisfy(violation -> assertThat(violation).contains("/status"));

        ObjectNode aNull = booking();
        aNull.putNull("clientLanguage");
        assertThat(CONTRACT.violations(booked(aNull)))
                .anySatisfy(violation -> assertThat(violation).contains("/clientLanguage"));

        ObjectNode undeclared = booking();
        undeclared.put("priority", "high");
        assertThat(CONTRACT.violations(booked(undeclared)))
                .anySatisfy(violation -> assertThat(violation).contains("priority"));
    }

    @Test
    void aStatusOrProblemCodeTheOperationDoesNotDeclareBreaksTheContract() {
        assertThat(CONTRACT.violations(answer(409, problem(409, "slot-taken")))).isEmpty();
        assertThat(CONTRACT.violations(answer(409, problem(409, "duplicate-code"))))
                .anySatisfy(violation -> assertThat(violation).contains("/code"));
        assertThat(CONTRACT.violations(answer(410, problem(410, "gone"))))
                .singleElement(STRING)
                .contains("declares no response 410");
    }

    @Test
    void aRequestTheServiceAcceptedMustBeOneTheContractAllows() {
        Exchange typed = search(Map.of("limit", List.of("5")), 200);
        assertThat(CONTRACT.violations(typed)).isEmpty();
        assertThat(CONTRACT.violations(search(Map.of("limit", List.of("five")), 200)))
                .anySatisfy(violation -> assertThat(violation).contains("limit"));
        assertThat(CONTRACT.violations(search(Map.of("colour", List.of("red")), 200)))
                .singleElement(STRING)
                .contains("colour is not in the contract");
        // a request the service refused may break the contract: that is what tests of refusals send
        assertThat(CONTRACT.violations(search(Map.of("limit", List.of("five")), 400, problem(400, "validation"))))
                .isEmpty();
    }

    /** The example of a booking answered by bookSlot: a booking the service made in the suite. */
    private static ObjectNode booking() {
        return bookSlot()
                .path("responses")
                .path("201")
                .path("content")
                .path("application/json")
                .path("example")
                .deepCopy();
    }

    /** The request that made it, also an example of the contract. */
    private static String request() {
        return bookSlot()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("example")
                .toString();
    }

    private static JsonNode bookSlot() {
        return CONTRACT.document().path("paths").path(BOOKINGS).path("post");
    }

    private static Exchange booked(JsonNode booking) {
        return answer(201, booking.toString());
    }

    private static Exchange answer(int status, String body) {
        return new Exchange(
                "POST",
                BOOKINGS,
                Map.of(),
                Map.of(),
                "application/json",
                request(),
                status,
                status < 400 ? "application/json" : "application/problem+json",
                body);
    }

    private static Exchange search(Map<String, List<String>> query, int status) {
        return search(query, status, "{\"items\":[]}");
    }

    private static Exchange search(Map<String, List<String>> query, int status, String body) {
        return new Exchange(
                "GET",
                "/api/v1/slots",
                query,
                Map.of(),
                null,
                null,
                status,
                status < 400 ? "application/json" : "application/problem+json",
                body);
    }

    private static String problem(int status, String code) {
        return "{\"type\":\"urn:fi-sote-booking:problem:" + code + "\",\"title\":\"Refused\",\"status\":" + status
                + ",\"instance\":\"" + BOOKINGS + "\",\"code\":\"" + code + "\"}";
    }
}
