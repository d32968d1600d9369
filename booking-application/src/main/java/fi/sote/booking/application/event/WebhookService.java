package fi.sote.booking.application.event;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.sote.booking.application.event.port.in.KeepWebhooksUseCase;
import fi.sote.booking.application.event.port.out.WebhookDeliveries;
import fi.sote.booking.application.event.port.out.WebhookSender;
import fi.sote.booking.application.event.port.out.WebhookSubscriptions;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.event.WebhookSubscription;
import fi.sote.booking.domain.event.WebhookSubscriptionId;
import fi.sote.booking.domain.shared.InvalidValueException;

public final class WebhookService implements KeepWebhooksUseCase {

    /** 32 random bytes: within the 24-64 the Standard Webhooks specification asks for. */
    private static final int SECRET_BYTES = 32;

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WebhookService(
            WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookSender sender, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public Outcome<WithSecret> subscribe(Actor actor, URI url, Set<String> eventTypes) {
        WebhookSubscription subscription =
                WebhookSubscription.create(actor.organisation(), url, eventTypes, actor.subject(), clock.instant());
        Optional<String> refusal = sender.refusal(subscription.url());
        if (refusal.isPresent()) {
            throw new InvalidValueException("url", refusal.get());
        }
        String secret = secret();
        subscriptions.add(subscription, secret);
        return Outcome.accepted(new WithSecret(subscription, secret));
    }

    @Override
    public List<WebhookSubscription> subscriptions(Actor actor) {
        return subscriptions.of(actor.organisation());
    }

    @Override
    public Outcome<WebhookSubscription> unsubscribe(Actor actor, WebhookSubscriptionId id) {
        return existing(actor, id)
                .map(found -> {
                    subscriptions.remove(actor.organisation(), id);
                    return Outcome.accepted(found);
                })
                .orElseGet(() -> notFound(id));
    }

    @Override
    public Outcome<WithSecret> rotateSecret(Actor actor, WebhookSubscriptionId id) {
        return existing(actor, id)
                .map(found -> {
                    String secret = secret();
                    subscriptions.rotate(id, secret, clock.instant().plus(OLD_SECRET_KEPT));
                    return Outcome.accepted(new WithSecret(found, secret));
                })
                .orElseGet(() -> notFound(id));
    }

    @Override
    public Outcome<List<DeadLetter>> deadLetters(Actor actor, WebhookSubscriptionId id) {
        return existing(actor, id)
                .map(found -> Outcome.accepted(deliveries.dead(actor.organisation(), id)))
                .orElseGet(() -> notFound(id));
    }

    @Override
    public Outcome<Integer> redeliver(Actor actor, WebhookSubscriptionId id) {
        return existing(actor, id)
                .map(found -> {
                    int revived = deliveries.revive(id, clock.instant());
                    subscriptions.enable(id);
                    return Outcome.accepted(revived);
                })
                .orElseGet(() -> notFound(id));
    }

    private Optional<WebhookSubscription> existing(Actor actor, WebhookSubscriptionId id) {
        return subscriptions.subscription(actor.organisation(), id);
    }

    private static <T> Outcome<T> notFound(WebhookSubscriptionId id) {
        return Outcome.notFound("No webhook subscription " + id);
    }

    private String secret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
