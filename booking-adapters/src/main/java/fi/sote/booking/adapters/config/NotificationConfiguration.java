package fi.sote.booking.adapters.config;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fi.sote.booking.adapters.out.notification.HttpSmsSender;
import fi.sote.booking.adapters.out.notification.SmtpMessageSender;
import fi.sote.booking.adapters.out.persistence.InProcessMessages;
import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.Confirmations;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.notification.NotifyClientsService;
import fi.sote.booking.application.notification.ReadMessagesService;
import fi.sote.booking.application.notification.port.in.NotifyClientsUseCase;
import fi.sote.booking.application.notification.port.in.ReadMessagesQuery;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.domain.notification.MessageChannel;

/**
 * Messages to clients: how each channel goes ({@code booking.notifications.email}: {@code in-process}, the default,
 * keeps them for {@code GET /api/v1/me/messages}, {@code smtp} sends them through the Quarkus mailer's server;
 * {@code booking.notifications.sms}: {@code none}, the default, {@code in-process} or {@code http} through the SMS
 * gateway), which is preferred ({@code booking.notifications.channels}), and the services that send and show them.
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

    @Produces
    @ApplicationScoped
    NotifyClientsUseCase notifyClients(
            EventReaders readers,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientRecords records,
            AuditLog log,
            Clock clock,
            InProcessMessages inProcess,
            Instance<SmtpMessageSender> smtp,
            Instance<HttpSmsSender> gateway,
            @ConfigProperty(name = "booking.notifications.channels", defaultValue = "EMAIL,SMS")
                    List<MessageChannel> preference,
            @ConfigProperty(name = "booking.notifications.email", defaultValue = "in-process") String email,
            @ConfigProperty(name = "booking.notifications.sms", defaultValue = "none") String sms,
            @ConfigProperty(name = "booking.notifications.lease", defaultValue = "PT5M") Duration lease) {
        return new NotifyClientsService(
                readers,
                bookings,
                new Confirmations(catalogue),
                records,
                senders(preference, email, sms, inProcess, smtp, gateway),
                log,
                clock,
                lease);
    }

    @Produces
    @ApplicationScoped
    ReadMessagesQuery readMessages(InProcessMessages kept) {
        return new ReadMessagesService(kept);
    }
}
