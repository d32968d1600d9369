package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.application.notification.port.in.NotifyClientsUseCase;
import fi.sote.booking.application.notification.port.in.NotifyStaffUseCase;
import fi.sote.booking.application.notification.port.in.RemindClientsUseCase;

/**
 * Tells clients and professionals of the bookings every {@code booking.notifications.every}, and sends the reminders
 * due every {@code booking.notifications.reminders-every}, on every instance (one at a time per organisation, or per
 * reminder), each statement in a transaction of its own so that no transaction stays open while a message is sent.
 * {@code booking_client_messages_sent_total}, {@code booking_staff_messages_sent_total} and
 * {@code booking_client_reminders_sent_total} count the messages.
 */
@ApplicationScoped
class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class);

    private final NotifyClientsUseCase clients;
    private final NotifyStaffUseCase staff;
    private final RemindClientsUseCase reminders;
    private final Periodic background;
    private final Duration every;
    private final Duration remindEvery;
    private final Counter clientMessages;
    private final Counter staffMessages;
    private final Counter clientReminders;
    private Periodic.Running notifying;
    private Periodic.Running reminding;

    Messages(
            NotifyClientsUseCase clients,
            NotifyStaffUseCase staff,
            RemindClientsUseCase reminders,
            Periodic background,
            MeterRegistry metrics,
            @ConfigProperty(name = "booking.notifications.every", defaultValue = "PT2S") Duration every,
            @ConfigProperty(name = "booking.notifications.reminders-every", defaultValue = "PT1M")
                    Duration remindEvery) {
        this.clients = clients;
        this.staff = staff;
        this.reminders = reminders;
        this.background = background;
        this.every = every;
        this.remindEvery = remindEvery;
        this.clientMessages = metrics.counter("booking_client_messages_sent");
        this.staffMessages = metrics.counter("booking_staff_messages_sent");
        this.clientReminders = metrics.counter("booking_client_reminders_sent");
    }

    void start(@Observes StartupEvent started) {
        notifying = background.start("messages", every, LOG, null, Periodic.inRequestContext(this::notifyPeople));
        reminding = background.start(
                "reminders", remindEvery, LOG, "Sent %d reminder(s)", Periodic.inRequestContext(this::remind));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (notifying != null) {
            notifying.stop();
        }
        if (reminding != null) {
            reminding.stop();
        }
    }

    private int notifyPeople() {
        int toClients = clients.notifyClients();
        clientMessages.increment(toClients);
        int toStaff = staff.notifyStaff();
        staffMessages.increment(toStaff);
        return toClients + toStaff;
    }

    private int remind() {
        int sent = reminders.remindClients();
        clientReminders.increment(sent);
        return sent;
    }
}
