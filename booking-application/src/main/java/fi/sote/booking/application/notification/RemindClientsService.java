package fi.sote.booking.application.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.Confirmations;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.notification.Messenger.Concerning;
import fi.sote.booking.application.notification.port.in.RemindClientsUseCase;
import fi.sote.booking.application.notification.port.out.DueMessages;
import fi.sote.booking.application.notification.port.out.DueMessages.DueReminder;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.notification.MessageChannel;

public final class RemindClientsService implements RemindClientsUseCase {

    /** What a reminder is taken and marked as. */
    static final String KIND = "REMINDER";

    /** How many due reminders one round sends at most. */
    static final int BATCH = 500;

    static final String PURPOSE = "reminding the client of their booking";

    private final DueMessages due;
    private final BookingRepository bookings;
    private final ClientWords words;
    private final ClientRecords records;
    private final Messenger messenger;
    private final Clock clock;
    private final Duration lease;

    public RemindClientsService(
            DueMessages due,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientRecords records,
            Map<MessageChannel, MessageSender> senders,
            AuditLog log,
            Clock clock,
            Duration lease) {
        this.due = due;
        this.bookings = bookings;
        this.words = new ClientWords(new Confirmations(catalogue), catalogue);
        this.records = records;
        this.messenger = new Messenger(senders, log, clock);
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public int remindClients() {
        int sent = 0;
        for (DueReminder reminder : due.reminders(clock.instant(), BATCH)) {
            if (DueSending.once(due, KIND, reminder.booking().value(), lease, () -> remind(reminder))) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Reminds the client of the booking as it is now: FAILED (to be found and tried again) when it has changed since
     * it was found, REFUSED when it is no longer booked or the client cannot be reached.
     */
    private Result remind(DueReminder reminder) {
        Optional<Booking> now = bookings.booking(reminder.organisation(), reminder.booking());
        if (now.isEmpty()
                || now.get().status() != BookingStatus.BOOKED
                || now.get().client() == null) {
            return Result.REFUSED;
        }
        Booking booking = now.get();
        if (booking.version() != reminder.version()) {
            return Result.FAILED;
        }
        Optional<ClientRecord> contact = records.find(booking.organisation(), booking.client());
        if (contact.isEmpty()) {
            return Result.REFUSED;
        }
        return messenger.send(
                booking.organisation(),
                NotifyClientsService.recipient(booking, contact.get()),
                new Concerning(booking.client(), booking.id(), PURPOSE),
                channel -> Optional.of(words.reminder(booking, channel)));
    }
}
