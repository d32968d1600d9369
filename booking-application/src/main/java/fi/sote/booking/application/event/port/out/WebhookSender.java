package fi.sote.booking.application.event.port.out;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sends one signed message to a receiver (Standard Webhooks), and says which URLs it will not send to. */
public interface WebhookSender {

    /** What a message says: thin, the event's type and ids, nothing of any client. */
    record Message(
            URI url,
            List<String> secrets,
            String id,
            String type,
            Instant occurredAt,
            String aggregateType,
            UUID aggregateId,
            Instant sentAt) {}

    /** The receiver's answer: its status (0 for none) and, when it failed, why; when it asks to wait, how long. */
    record Answer(int status, String error, Duration retryAfter) {

        public boolean delivered() {
            return status >= 200 && status < 300;
        }

        /** The receiver says the endpoint is gone for good. */
        public boolean gone() {
            return status == 410;
        }
    }

    Answer send(Message message);

    /** Why the service will not send to the URL (a private network, plain http outside the local mode), if so. */
    Optional<String> refusal(URI url);
}
