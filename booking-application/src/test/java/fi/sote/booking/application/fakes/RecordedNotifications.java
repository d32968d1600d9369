package fi.sote.booking.application.fakes;

import java.util.ArrayList;
import java.util.List;

import fi.sote.booking.application.absence.port.out.ClientNotifications;

/**
 * A fake of the notification port that keeps what it was asked to tell; as the outbox it stands for, it forgets what a
 * rolled-back transaction asked.
 */
public final class RecordedNotifications implements ClientNotifications {

    private final List<ClientNotification> sent = new ArrayList<>();

    public List<ClientNotification> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void notify(ClientNotification notification) {
        sent.add(notification);
    }

    /** Forgets what was asked after the first {@code kept}, as a rollback does. */
    void rollBackTo(int kept) {
        sent.subList(kept, sent.size()).clear();
    }
}
