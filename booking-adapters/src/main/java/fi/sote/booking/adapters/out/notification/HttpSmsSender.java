package fi.sote.booking.adapters.out.notification;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.domain.notification.MessageChannel;

/**
 * Sends text messages through an SMS gateway's HTTP interface: a POST to {@code booking.sms.gateway-url} with the
 * {@code Authorization} header of {@code booking.sms.authorization}, whose body is {@code booking.sms.body} with
 * {@code {to}}, {@code {text}} and {@code {from}} filled in (escaped for JSON, or for a form when
 * {@code booking.sms.content-type} is {@code application/x-www-form-urlencoded}). A 2xx is sent; a 4xx other than
 * 408 and 429 is refused for good (a number the gateway will not take); anything else is tried again later.
 */
@ApplicationScoped
@Typed(HttpSmsSender.class)
public class HttpSmsSender implements MessageSender {

    private static final Logger LOG = Logger.getLogger(HttpSmsSender.class);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Optional<URI> gateway;
    private final Optional<String> authorization;
    private final String body;
    private final String contentType;
    private final String from;
    private final Duration timeout;
    private final HttpClient client;

    HttpSmsSender(
            @ConfigProperty(name = "booking.sms.gateway-url") Optional<URI> gateway,
            @ConfigProperty(name = "booking.sms.authorization") Optional<String> authorization,
            @ConfigProperty(
                            name = "booking.sms.body",
                            defaultValue = "{\"to\":\"{to}\",\"from\":\"{from}\",\"text\":\"{text}\"}")
                    String body,
            @ConfigProperty(name = "booking.sms.content-type", defaultValue = "application/json") String contentType,
            @ConfigProperty(name = "booking.sms.from", defaultValue = "Ajanvaraus") String from,
            @ConfigProperty(name = "booking.sms.timeout", defaultValue = "PT10S") Duration timeout) {
        this.gateway = gateway;
        this.authorization = authorization;
        this.body = body;
        this.contentType = contentType;
        this.from = from;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Result send(Outgoing message) {
        if (message.channel() != MessageChannel.SMS) {
            return Result.REFUSED;
        }
        URI url = gateway.orElseThrow(() ->
                new IllegalStateException("BOOKING_NOTIFICATIONS_SMS is http but BOOKING_SMS_GATEWAY_URL is not set"));
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(filledIn(message), StandardCharsets.UTF_8));
        authorization.ifPresent(value -> request.header("authorization", value));
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            Result result = result(status);
            if (result != Result.SENT) {
                LOG.warnf(
                        "The SMS gateway answered %d to the %s message (booking %s) (%s)",
                        status,
                        message.kind(),
                        message.booking(),
                        result == Result.REFUSED ? "refused for good" : "to be tried again");
            }
            return result;
        } catch (IOException e) {
            LOG.warnf("The SMS gateway could not be reached (%s); to be tried again", e.getMessage());
            return Result.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.FAILED;
        }
    }

    /** What a gateway's status means for the message. */
    static Result result(int status) {
        if (status >= 200 && status < 300) {
            return Result.SENT;
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return Result.REFUSED;
        }
        return Result.FAILED;
    }

    private String filledIn(Outgoing message) {
        return body.replace("{to}", escaped(message.address()))
                .replace("{from}", escaped(from))
                .replace("{text}", escaped(message.body()));
    }

    private String escaped(String value) {
        if (contentType.startsWith(FORM)) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }
}
