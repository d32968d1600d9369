package fi.sote.booking.application.notification;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import fi.sote.booking.application.notification.port.out.DueMessages;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;

/** Sends a message due at a time once across instances: taken for a lease, then marked sent or let go. */
final class DueSending {

    private DueSending() {}

    /**
     * Sends the message if this instance takes it: marked sent when sent or settled without sending, let go to be
     * taken again when it failed (or the sending threw). Answers whether a message went.
     */
    static boolean once(DueMessages due, String kind, UUID about, Duration lease, Supplier<Result> send) {
        if (!due.take(kind, about, lease)) {
            return false;
        }
        Result result = Result.FAILED;
        try {
            result = send.get();
        } finally {
            if (result == Result.FAILED) {
                due.release(kind, about);
            } else {
                due.sent(kind, about);
            }
        }
        return result == Result.SENT;
    }
}
