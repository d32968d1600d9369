package fi.sote.booking.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.event.port.in.KeepWebhooksUseCase.DeadLetter;
import fi.sote.booking.application.event.port.in.RelayEventsUseCase.Lag;
import fi.sote.booking.application.event.port.out.WebhookDeliveries;
import fi.sote.booking.application.event.port.out.WebhookDeliveries.Due;
import fi.sote.booking.application.event.port.out.WebhookSender;
import fi.sote.booking.application.event.port.out.WebhookSubscriptions;
import fi.sote.booking.application.fakes.MutableClock;
import fi.sote.booking.domain.event.RetrySchedule;
import fi.sote.booking.domain.event.WebhookSubscription;
import fi.sote.booking.domain.event.WebhookSubscriptionId;
import fi.sote.booking.domain.shared.OrganisationId;

/** What the relay does with each answer of a receiver: taken, tried again later, given up on, gone. */
class RelayEventsServiceTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final WebhookSubscriptionId SUBSCRIPTION = WebhookSubscriptionId.random();

    private final MutableClock clock = new MutableClock(NOW);
    private final Deliveries deliveries = new Deliveries();
    private final Subscriptions subscriptions = new Subscriptions();
    private final List<WebhookSender.Message> sent = new ArrayList<>();
    private WebhookSender.Answer answer = new WebhookSender.Answer(204, null, null);
    private final RelayEventsService relay = new RelayEventsService(
            deliveries,
            subscriptions,
            new WebhookSender() {
                @Override
                public Answer send(Message message) {
                    sent.add(message);
                    return answer;
                }

                @Override
                public Optional<String> refusal(URI url) {
                    return Optional.empty();
                }
            },
            new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5))),
            clock,
            () -> 0L,
            Duration.ofMinutes(5));

    private static Due due(long event, int attempts) {
        return new Due(
                SUBSCRIPTION,
                URI.create("https://crm.example.fi/hook"),
                event,
                "booking.booked",
                "booking",
                UUID.randomUUID(),
                NOW.minusSeconds(1),
                attempts);
    }

    @Test
    void aTakenMessageIsDeliveredSignedWithEverySecretUnderAStableId() {
        deliveries.due.add(due(7, 1));

        assertThat(relay.relay()).isEqualTo(1);

        assertThat(deliveries.outcomes).containsExactly("7 delivered 204");
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo("evt_7");
            assertThat(message.secrets()).containsExactly("whsec_new", "whsec_old");
            assertThat(message.sentAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aFailureIsTriedAgainOnTheScheduleOrLaterWhenTheReceiverAsksAndTheLastAttemptGivesUp() {
        answer = new WebhookSender.Answer(500, "HTTP 500", null);
        deliveries.due.add(due(1, 1));
        relay.relay();
        answer = new WebhookSender.Answer(429, "HTTP 429", Duration.ofMinutes(10));
        deliveries.due.add(due(2, 1));
        relay.relay();
        answer = new WebhookSender.Answer(0, "ConnectException: refused", null);
        deliveries.due.add(due(3, 3));
        relay.relay();

        assertThat(deliveries.outcomes)
                .containsExactly(
                        "1 failed 500 at " + NOW.plusSeconds(5),
                        "2 failed 429 at " + NOW.plus(Duration.ofMinutes(10)),
                        "3 dead null ConnectException: refused");
        assertThat(subscriptions.disabled).containsExactly("gave up on an event after 3 attempts");
    }

    @Test
    void aReceiverThatAnswers410IsGoneAtOnce() {
        answer = new WebhookSender.Answer(410, "HTTP 410", null);
        deliveries.due.add(due(4, 1));
        relay.relay();

        assertThat(deliveries.outcomes).containsExactly("4 dead 410 HTTP 410");
        assertThat(subscriptions.disabled).containsExactly("the receiver answered 410 Gone");
    }

    /** Hands out what is due once, and records what became of it. */
    private static final class Deliveries implements WebhookDeliveries {

        final List<Due> due = new ArrayList<>();
        final List<String> outcomes = new ArrayList<>();

        @Override
        public int fanOut(int limit) {
            return 0;
        }

        @Override
        public List<Due> claim(int limit, Duration lease) {
            List<Due> taken = List.copyOf(due);
            due.clear();
            return taken;
        }

        @Override
        public void delivered(Due due, int status) {
            outcomes.add(due.eventId() + " delivered " + status);
        }

        @Override
        public void failed(Due due, Integer status, String error, Instant next) {
            outcomes.add(due.eventId() + " failed " + status + " at " + next);
        }

        @Override
        public void dead(Due due, Integer status, String error, Instant at) {
            outcomes.add(due.eventId() + " dead " + status + " " + error);
        }

        @Override
        public List<DeadLetter> dead(OrganisationId organisation, WebhookSubscriptionId subscription) {
            return List.of();
        }

        @Override
        public int revive(WebhookSubscriptionId subscription, Instant at) {
            return 0;
        }

        @Override
        public Lag lag() {
            return new Lag(Duration.ZERO, 0, 0);
        }
    }

    /** One subscription whose secret was rotated: signed with both. */
    private static final class Subscriptions implements WebhookSubscriptions {

        final List<String> disabled = new ArrayList<>();

        @Override
        public void add(WebhookSubscription subscription, String secret) {}

        @Override
        public List<WebhookSubscription> of(OrganisationId organisation) {
            return List.of();
        }

        @Override
        public Optional<WebhookSubscription> subscription(OrganisationId organisation, WebhookSubscriptionId id) {
            return Optional.empty();
        }

        @Override
        public void remove(OrganisationId organisation, WebhookSubscriptionId id) {}

        @Override
        public List<String> secrets(WebhookSubscriptionId id, Instant now) {
            return List.of("whsec_new", "whsec_old");
        }

        @Override
        public void rotate(WebhookSubscriptionId id, String secret, Instant oldUntil) {}

        @Override
        public void disable(WebhookSubscriptionId id, Instant at, String reason) {
            disabled.add(reason);
        }

        @Override
        public void enable(WebhookSubscriptionId id) {}
    }
}
