package fi.sote.booking.adapters.out.webhook;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.platform.LocalDefaultsConfigSourceFactory;
import fi.sote.booking.adapters.security.SecurityMode;
import fi.sote.booking.application.event.port.out.WebhookSender;

/**
 * Sends webhook messages over HTTP as the Standard Webhooks specification has them: a JSON body
 * {@code {type, timestamp, data}}, and the headers {@code webhook-id} (the same on every attempt),
 * {@code webhook-timestamp} (this attempt, Unix seconds) and {@code webhook-signature} ({@code v1,} and the
 * HMAC-SHA256 of {@code id.timestamp.body} under each secret, space-separated while a rotated secret is kept).
 * Redirects are not followed; a send lasts at most {@code booking.webhooks.timeout}. URLs are refused that are plain
 * http outside the local mode, or whose host is in a loopback, private, link-local or other internal range unless
 * {@code booking.webhooks.allow-private-networks} says otherwise; the host is looked up again before every send.
 */
@ApplicationScoped
class HttpWebhookSender implements WebhookSender {

    private final ObjectMapper json;
    private final HttpClient client;
    private final Duration timeout;
    private final boolean allowHttp;
    private final boolean allowPrivateNetworks;

    HttpWebhookSender(
            ObjectMapper json,
            @ConfigProperty(name = "booking.webhooks.timeout", defaultValue = "PT15S") Duration timeout,
            @ConfigProperty(name = "booking.webhooks.allow-private-networks", defaultValue = "false")
                    boolean allowPrivateNetworks,
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.SECURITY_MODE) String securityMode) {
        this.json = json;
        this.timeout = timeout;
        this.allowHttp = SecurityMode.LOCAL.configValue().equals(securityMode);
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Answer send(Message message) {
        Optional<String> refusal = refusal(message.url());
        if (refusal.isPresent()) {
            return new Answer(0, "not sent: " + refusal.get(), null);
        }
        String body = body(message);
        String timestamp = String.valueOf(message.sentAt().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(message.url())
                .timeout(timeout)
                .header("content-type", "application/json")
                .header("webhook-id", message.id())
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", signature(message.secrets(), message.id(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Answer(status, null, null);
            }
            return new Answer(status, "HTTP " + status, retryAfter(response));
        } catch (IOException e) {
            return new Answer(0, shortened(e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", null);
        }
    }

    @Override
    public Optional<String> refusal(URI url) {
        if (!allowHttp && !"https".equalsIgnoreCase(url.getScheme())) {
            return Optional.of("must be https");
        }
        if (allowPrivateNetworks) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (internal(address)) {
                    return Optional.of("names a host in an internal network (" + address.getHostAddress() + ")");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be found");
        }
    }

    /** Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, unspecified or multicast. */
    private static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    private String body(Message message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", message.aggregateId().toString());
        data.put("aggregateType", message.aggregateType());
        data.put("eventId", message.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", message.type());
        body.put("timestamp", message.occurredAt().toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook message could not be written", e);
        }
    }

    /** {@code v1,<base64>} for each secret, space-separated. */
    static String signature(List<String> secrets, String id, String timestamp, String body) {
        List<String> signatures = new ArrayList<>(secrets.size());
        for (String secret : secrets) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(
                        Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1)), "HmacSHA256"));
                byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
                signatures.add("v1," + Base64.getEncoder().encodeToString(signed));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
            }
        }
        return String.join(" ", signatures);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("retry-after")
                .filter(value -> value.strip().matches("\\d{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
                .orElse(null);
    }

    /** An error on one line, of at most 300 characters. */
    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300);
    }
}
