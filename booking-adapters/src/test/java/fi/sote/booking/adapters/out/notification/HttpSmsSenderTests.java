package fi.sote.booking.adapters.out.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import fi.sote.booking.application.notification.port.out.MessageSender.Outgoing;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.OrganisationId;

/** Text messages as an SMS gateway's HTTP interface receives them, and what its answers mean. */
class HttpSmsSenderTests {

    /** A request as the gateway got it. */
    record Received(String contentType, String authorization, String body) {}

    private HttpServer gateway;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(202);

    @BeforeEach
    void startTheGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("content-type"),
                    exchange.getRequestHeaders().getFirst("authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopTheGateway() {
        gateway.stop(0);
    }

    private HttpSmsSender sender(String body, String contentType) {
        return new HttpSmsSender(
                Optional.of(
                        URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms")),
                Optional.of("Bearer gateway-key"),
                body,
                contentType,
                "Kymenlaakso",
                Duration.ofSeconds(5));
    }

    private static Outgoing message(String text) {
        return new Outgoing(
                new OrganisationId("kymenlaakso"),
                MessageChannel.SMS,
                "ASIAKAS-1",
                "+358401234567",
                "CONFIRMATION",
                new BookingId(UUID.randomUUID()),
                "fi",
                "Ajanvaraus vahvistettu",
                text);
    }

    @Test
    void theMessageGoesAsTheConfiguredJsonWithTheGatewaysCredentials() throws Exception {
        String text = "Ajanvaraus vahvistettu: \"maanantaina\"\nklo 9.00. Viite 1D647883.";

        assertThat(sender("{\"to\":\"{to}\",\"from\":\"{from}\",\"text\":\"{text}\"}", "application/json")
                        .send(message(text)))
                .isEqualTo(Result.SENT);

        Received request = received.get(0);
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.authorization()).isEqualTo("Bearer gateway-key");
        assertThat(new ObjectMapper().readValue(request.body(), Map.class))
                .isEqualTo(Map.of("to", "+358401234567", "from", "Kymenlaakso", "text", text));
    }

    @Test
    void aFormShapedGatewayGetsTheValuesFormEncoded() {
        sender("recipient={to}&message={text}", "application/x-www-form-urlencoded")
                .send(message("Viite & aika"));

        String body = received.get(0).body();
        assertThat(body).startsWith("recipient=%2B358401234567&message=");
        assertThat(URLDecoder.decode(body.substring(body.indexOf("message=") + 8), StandardCharsets.UTF_8))
                .isEqualTo("Viite & aika");
    }

    @Test
    void aRefusedNumberIsFinalAndABusyOrBrokenGatewayIsTriedAgain() {
        HttpSmsSender sender = sender("{\"to\":\"{to}\",\"text\":\"{text}\"}", "application/json");
        status.set(400);
        assertThat(sender.send(message("x"))).isEqualTo(Result.REFUSED);
        status.set(429);
        assertThat(sender.send(message("x"))).isEqualTo(Result.FAILED);
        status.set(503);
        assertThat(sender.send(message("x"))).isEqualTo(Result.FAILED);
        gateway.stop(0);
        assertThat(sender.send(message("x"))).as("the gateway away").isEqualTo(Result.FAILED);
    }
}
