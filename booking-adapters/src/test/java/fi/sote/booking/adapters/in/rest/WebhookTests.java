package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;

/**
 * Webhooks against a real HTTP receiver started by the test, whose signatures are checked with the Standard Webhooks
 * reference library (not the service's own code).
 */
@QuarkusTest
class WebhookTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);
    /** How many of the next messages are answered 500 whatever {@link #answer} says. */
    private final AtomicInteger failures = new AtomicInteger();

    private final List<String> subscriptions = new ArrayList<>();

    /** A message as the receiver got it. */
    record Received(Map<String, List<String>> headers, String body, JsonNode json) {

        String header(String name) {
            return headers.get(name).get(0);
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            String text = new String(body, StandardCharsets.UTF_8);
            received.add(new Received(headers, text, JSON.readTree(text)));
            exchange.sendResponseHeaders(failures.getAndDecrement() > 0 ? 500 : answer.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void tearDown() {
        for (String id : subscriptions) {
            catalogue.asAdministrator().delete("/api/v1/webhook-subscriptions/" + id);
        }
        receiver.stop(0);
    }

    private String subscribe(String types) {
        var created = catalogue
                .asAdministrator()
                .body("{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\",\"eventTypes\":"
                        + types + "}")
                .post("/api/v1/webhook-subscriptions");
        created.then().statusCode(201).body("secret", startsWith("whsec_")).body("active", equalTo(true));
        subscriptions.add(created.path("id"));
        return created.path("secret");
    }

    private String book(int day, String time, String client) {
        return BookingResourceTests.bookedByCounsellor(catalogue, day, time, client, null);
    }

    private void cancel(String booking) {
        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + booking + "/cancel")
                .then()
                .statusCode(200);
    }

    /** The messages about the booking, once at least {@code count} have come (within 15 s). */
    private List<Received> messagesOf(String booking, int count) throws InterruptedException {
        Predicate<Received> about =
                message -> message.json().path("data").path("id").asText().equals(booking);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (received.stream().filter(about).count() < count && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        List<Received> messages = received.stream().filter(about).toList();
        assertThat(messages).as("messages about booking %s", booking).hasSizeGreaterThanOrEqualTo(count);
        return messages;
    }

    @Test
    void eachChangeOfABookingReachesTheReceiverSignedThinAndInOrder() throws Exception {
        String secret = subscribe("[\"booking.booked\",\"booking.cancelled\"]");
        String client = "webhook-client-" + catalogue.suffix;
        String booking = book(0, "09:00", client);
        cancel(booking);

        List<Received> messages = messagesOf(booking, 2);

        assertThat(messages)
                .extracting(message -> message.json().path("type").asText())
                .containsExactly("booking.booked", "booking.cancelled");
        for (Received message : messages) {
            new Webhook(secret).verify(message.body(), message.headers());
            assertThat(message.body()).as("thin: no client").doesNotContain(client);
            assertThat(message.header("webhook-id")).matches("evt_\\d+");
            assertThat(message.json().path("data").path("aggregateType").asText())
                    .isEqualTo("booking");
        }
    }

    @Test
    void aChangeWaitsForTheOneBeforeItOfTheSameBookingWhileThatOneIsTriedAgain() throws Exception {
        subscribe("[\"booking.booked\",\"booking.cancelled\"]");
        failures.set(1);
        String booking = book(0, "09:00", "ordered-" + catalogue.suffix);
        cancel(booking);

        List<Received> messages = messagesOf(booking, 3);

        assertThat(messages)
                .extracting(message -> message.json().path("type").asText())
                .as("the cancellation only after the booking was taken, though the booking failed first")
                .containsExactly("booking.booked", "booking.booked", "booking.cancelled");
    }

    @Test
    void aReceiverThatKeepsFailingGetsTheEventUntilItIsGivenUpOnThenAnOperatorSendsItAgain() throws Exception {
        String secret = subscribe("[\"booking.booked\"]");
        String subscription = subscriptions.get(0);
        answer.set(500);
        String booking = book(0, "09:00", "failing-" + catalogue.suffix);

        // the test's schedule tries twice more after the first attempt, then gives up and disables the subscription
        List<Received> attempts = messagesOf(booking, 3);
        assertThat(attempts)
                .extracting(message -> message.header("webhook-id"))
                .as("the same message id on every attempt")
                .containsOnly(attempts.get(0).header("webhook-id"));
        String deadLetters = "/api/v1/webhook-subscriptions/" + subscription + "/dead-letters";
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (catalogue.asAdministrator().get(deadLetters).path("items.size()").equals(0)
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        catalogue
                .asAdministrator()
                .get(deadLetters)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].aggregateId", equalTo(booking))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].lastStatus", equalTo(500));
        catalogue
                .asAdministrator()
                .get("/api/v1/webhook-subscriptions")
                .then()
                .body("items.find { it.id == '" + subscription + "' }.active", equalTo(false));

        answer.set(200);
        catalogue
                .asAdministrator()
                .post("/api/v1/webhook-subscriptions/" + subscription + "/redelivery")
                .then()
                .statusCode(200)
                .body("redelivered", equalTo(1));
        List<Received> after = messagesOf(booking, 4);
        new Webhook(secret).verify(after.get(3).body(), after.get(3).headers());
        catalogue.asAdministrator().get(deadLetters).then().body("items.size()", equalTo(0));
        catalogue
                .asAdministrator()
                .get("/api/v1/webhook-subscriptions")
                .then()
                .body("items.find { it.id == '" + subscription + "' }.active", equalTo(true));
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneAndA410DisablesTheSubscription() throws Exception {
        String old = subscribe("[\"booking.booked\"]");
        String subscription = subscriptions.get(0);
        String fresh = catalogue
                .asAdministrator()
                .post("/api/v1/webhook-subscriptions/" + subscription + "/secret")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);

        Received message =
                messagesOf(book(0, "09:00", "rotated-" + catalogue.suffix), 1).get(0);
        new Webhook(fresh).verify(message.body(), message.headers());
        new Webhook(old).verify(message.body(), message.headers());

        answer.set(410);
        messagesOf(book(2, "09:00", "gone-" + catalogue.suffix), 1);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (Boolean.TRUE.equals(catalogue
                        .asAdministrator()
                        .get("/api/v1/webhook-subscriptions")
                        .path("items.find { it.id == '" + subscription + "' }.active"))
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        catalogue
                .asAdministrator()
                .get("/api/v1/webhook-subscriptions")
                .then()
                .body("items.find { it.id == '" + subscription + "' }.active", equalTo(false))
                .body(
                        "items.find { it.id == '" + subscription + "' }.disabledReason",
                        equalTo("the receiver answered 410 Gone"));
    }

    @Test
    void aSubscriptionIsRefusedAnUnknownEventTypeAndAUrlThatIsNotOne() {
        catalogue
                .asAdministrator()
                .body("{\"url\":\"http://127.0.0.1:1/hook\",\"eventTypes\":[\"client.notification\"]}")
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
        catalogue
                .asAdministrator()
                .body("{\"url\":\"ftp://example.fi/hook\"}")
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
        catalogue
                .asPersona("professional")
                .body("{\"url\":\"http://127.0.0.1:1/hook\"}")
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(403);
    }
}
