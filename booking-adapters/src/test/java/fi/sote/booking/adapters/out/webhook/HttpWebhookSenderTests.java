package fi.sote.booking.adapters.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Which receivers the sender refuses outside the local mode: no request is sent in these tests. */
class HttpWebhookSenderTests {

    private final HttpWebhookSender sender =
            new HttpWebhookSender(new ObjectMapper(), Duration.ofSeconds(1), false, "oidc");

    @Test
    void outsideTheLocalModeOnlyHttpsToAPublicAddressIsTaken() {
        assertThat(sender.refusal(URI.create("http://93.184.216.34/hook"))).hasValue("must be https");
        assertThat(sender.refusal(URI.create("https://93.184.216.34/hook"))).isEmpty();
        for (String internal : new String[] {
            "https://127.0.0.1/hook",
            "https://localhost/hook",
            "https://10.1.2.3/hook",
            "https://172.16.0.1/hook",
            "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/hook",
            "https://0.0.0.0/hook",
            "https://[::1]/hook",
            "https://[fd00::1]/hook",
            "https://[fe80::1]/hook"
        }) {
            assertThat(sender.refusal(URI.create(internal)))
                    .as(internal)
                    .hasValueSatisfying(reason -> assertThat(reason).startsWith("names a host in an internal network"));
        }
    }

    @Test
    void theDeploymentMayAllowInternalReceiversAndTheLocalModePlainHttp() {
        HttpWebhookSender local = new HttpWebhookSender(new ObjectMapper(), Duration.ofSeconds(1), true, "local");
        assertThat(local.refusal(URI.create("http://127.0.0.1:8080/hook"))).isEmpty();
        assertThat(local.refusal(URI.create("http://10.1.2.3/hook"))).isEmpty();
    }
}
