package fi.sote.booking.adapters.config;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fi.sote.booking.adapters.out.notification.HttpSmsSender;
import fi.sote.booking.adapters.out.notification.SmtpMessageSender;
import fi.sote.booking.adapters.out.persistence.InProcessMessages;
import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.notification.NotifyClientsService;
import fi.sote.booking.application.notification.NotifyStaffService;
import fi.sote.booking.application.notification.PushAlertsService;
import fi.sote.booking.application.notification.ReadMessagesService;
import fi.sote.booking.application.notification.RemindClientsService;
import fi.sote.booking.application.notification.StaffContactsService;
import fi.sote.booking.application.notification.port.in.NotifyClientsUseCase;
import fi.sote.booking.application.notification.port.in.NotifyStaffUseCase;
import fi.sote.booking.application.notification.port.in.PushAlertsUseCase;
import fi.sote.booking.application.notification.port.in.ReadMessagesQuery;
import fi.sote.booking.application.notification.port.in.RemindClientsUseCase;
import fi.sote.booking.application.notification.port.in.StaffContactsUseCase;
import fi.sote.booking.application.notification.port.out.DueMessages;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.application.notification.port.out.StaffContacts;
import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.domain.notification.MessageChannel;

/**
 * Messages to clients and staff: how each channel goes ({@code booking.notifications.email}: {@code in-process}, the default,
 * keeps them for {@code GET /api/v1/me/messages}, {@code smtp} sends them through the Quarkus mailer's server;
 * {@code booking.notifications.sms}: {@code none}, the default, {@code in-process} or {@code http} through the SMS
 * gateway), which is preferred ({@code booking.notifications.channels}), and the services that send and show them;
 * a work-safety alert no supervisor acknowledges within {@code booking.work-safety.escalate-after} goes to their
 * second contact.
 */
@ApplicationScoped
class NotificationConfiguration {

    /** The senders of the channels configured, in order of preference. */
    private static Map<MessageChannel, MessageSender> senders(
            List<MessageChannel> preference,
            String email,
            String sms,
            InProcessMessages inProcess,
            Instance<SmtpMessageSender> smtp,
            Instance<HttpSmsSender> gateway) {
        Map<MessageChannel, MessageSender> senders = new LinkedHashMap<>();
        for (MessageChannel channel : preference) {
            String setting = channel == MessageChannel.EMAIL ? email : sms;
            String name = "BOOKING_NOTIFICATIONS_" + channel;
            MessageSender sender = switch (setting) {
                case "none" -> null;
                case "in-process" -> inProcess;
                case "smtp" -> channel == MessageChannel.EMAIL ? smtp.get() : refused(name, setting);
                case "http" -> channel == MessageChannel.SMS ? gateway.get() : refused(name, setting);
                default -> refused(name, setting);
            };
            if (sender != null) {
                senders.put(channel, sender);
            }
        }
        return senders;
    }

    private static MessageSender refused(String name, String setting) {
        throw new IllegalStateException(name + " is '" + setting + "'; e-mail goes by none, in-process or smtp, "
                + "text messages by none, in-process or http");
    }

    /** The senders of the channels configured, in order of preference ({@code booking.notifications.*}). */
    @Singleton
    static class Channels {

        private final Map<MessageChannel, MessageSender> senders;

        Channels(
                InProcessMessages inProcess,
                Instance<SmtpMessageSender> smtp,
                Instance<HttpSmsSender> gateway,
                @ConfigProperty(name = "booking.notifications.channels", defaultValue = "EMAIL,SMS")
                        List<MessageChannel> preference,
                @ConfigProperty(name = "booking.notifications.email", defaultValue = "in-process") String email,
                @ConfigProperty(name = "booking.notifications.sms", defaultValue = "none") String sms) {
            this.senders = senders(preference, email, sms, inProcess, smtp, gateway);
        }

        Map<MessageChannel, MessageSender> all() {
            return senders;
        }
    }

    @Produces
    @ApplicationScoped
    NotifyClientsUseCase notifyClients(
            EventReaders readers,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientRecords records,
            AuditLog log,
            Clock clock,
            Channels channels,
            @ConfigProperty(name = "booking.notifications.lease", defaultValue = "PT5M") Duration lease) {
        return new NotifyClientsService(readers, bookings, catalogue, records, channels.all(), log, clock, lease);
    }

    @Produces
    @ApplicationScoped
    NotifyStaffUseCase notifyStaff(
            EventReaders readers,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            StaffContacts contacts,
            AuditLog log,
            Clock clock,
            Channels channels,
            @ConfigProperty(name = "booking.notifications.lease", defaultValue = "PT5M") Duration lease) {
        return new NotifyStaffService(readers, bookings, catalogue, contacts, channels.all(), log, clock, lease);
    }

    @Produces
    @ApplicationScoped
    RemindClientsUseCase remindClients(
            DueMessages due,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientRecords records,
            AuditLog log,
            Clock clock,
            Channels channels,
            @ConfigProperty(name = "booking.notifications.lease", defaultValue = "PT5M") Duration lease) {
        return new RemindClientsService(due, bookings, catalogue, records, channels.all(), log, clock, lease);
    }

    @Produces
    @ApplicationScoped
    PushAlertsUseCase pushAlerts(
            DueMessages due,
            VisitRepository visits,
            CatalogueRepository catalogue,
            StaffContacts contacts,
            Clock clock,
            Channels channels,
            @ConfigProperty(name = "booking.work-safety.escalate-after", defaultValue = "PT10M") Duration escalateAfter,
            @ConfigProperty(name = "booking.notifications.lease", defaultValue = "PT5M") Duration lease) {
        return new PushAlertsService(due, visits, catalogue, contacts, channels.all(), clock, escalateAfter, lease);
    }

    @Produces
    @ApplicationScoped
    StaffContactsUseCase staffContacts(StaffContacts contacts) {
        return new StaffContactsService(contacts);
    }

    @Produces
    @ApplicationScoped
    ReadMessagesQuery readMessages(InProcessMessages kept) {
        return new ReadMessagesService(kept);
    }
}
