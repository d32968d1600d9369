package fi.sote.booking.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;

class WebhookSubscriptionTests {

    private static WebhookSubscription subscription(String url, Set<String> types) {
        return WebhookSubscription.create(
                new OrganisationId("org"), URI.create(url), types, "admin", Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void noEventTypesMeansEveryOneAndSomeMeanThoseOnly() {
        assertThat(subscription("https://crm.example.fi/hook", Set.of()).wants("booking.cancelled"))
                .isTrue();
        WebhookSubscription some = subscription("https://crm.example.fi/hook", Set.of("booking.booked"));
        assertThat(some.wants("booking.booked")).isTrue();
        assertThat(some.wants("booking.cancelled")).isFalse();
        assertThat(some.active()).isTrue();
    }

    @Test
    void aClientsNotificationIsNotAnEventToSubscribeTo() {
        assertThatThrownBy(() -> subscription("https://crm.example.fi/hook", Set.of("client.notification")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("eventTypes"));
    }

    @Test
    void theUrlIsAnAbsoluteHttpUrlWithoutCredentialsOrFragment() {
        for (String url : new String[] {
            "ftp://crm.example.fi/hook",
            "/hook",
            "https://user:secret@crm.example.fi/hook",
            "https://crm.example.fi/hook#part",
            "https://crm.example.fi/" + "x".repeat(2000)
        }) {
            assertThatThrownBy(() -> subscription(url, Set.of()))
                    .as(url)
                    .isInstanceOfSatisfying(
                            InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("url"));
        }
    }
}
