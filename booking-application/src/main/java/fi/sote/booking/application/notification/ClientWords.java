package fi.sote.booking.application.notification;

import fi.sote.booking.application.booking.Confirmations;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.notification.Messenger.Message;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.notification.MessageChannel;

/** The messages a client is sent of a booking, written from the catalogue in the client's language. */
final class ClientWords {

    private final Confirmations confirmations;
    private final CatalogueRepository catalogue;

    ClientWords(Confirmations confirmations, CatalogueRepository catalogue) {
        this.confirmations = confirmations;
        this.catalogue = catalogue;
    }

    Message confirmation(Booking booking, MessageChannel channel) {
        return new Message(
                "CONFIRMATION",
                ClientMessages.confirmation(
                        channel,
                        booking.clientLanguage(),
                        confirmations.of(booking),
                        booking.id(),
                        service(booking, channel)));
    }

    Message change(Booking before, Booking after, MessageChannel channel) {
        return new Message(
                "CHANGE",
                ClientMessages.change(
                        channel,
                        after.clientLanguage(),
                        confirmations.of(before),
                        confirmations.of(after),
                        after.id(),
                        service(after, channel)));
    }

    Message reassignment(Booking booking, MessageChannel channel) {
        return new Message(
                "REASSIGNMENT",
                ClientMessages.reassignment(
                        channel,
                        booking.clientLanguage(),
                        confirmations.of(booking),
                        booking.id(),
                        service(booking, channel)));
    }

    Message cancellation(Booking booking, MessageChannel channel) {
        return new Message(
                "CANCELLATION",
                ClientMessages.cancellation(
                        channel,
                        booking.clientLanguage(),
                        confirmations.of(booking),
                        booking.id(),
                        service(booking, channel)));
    }

    /** The offer of a time held for a client from the waitlist, to confirm before the hold lapses. */
    Message offer(Booking hold, MessageChannel channel) {
        return new Message(
                "WAITLIST_OFFER",
                ClientMessages.offer(
                        channel,
                        hold.clientLanguage(),
                        confirmations.of(hold),
                        hold.holdExpiresAt().atZone(BookingTime.ZONE),
                        hold.id(),
                        service(hold, channel)));
    }

    Message reminder(Booking booking, MessageChannel channel) {
        return new Message(
                "REMINDER",
                ClientMessages.reminder(
                        channel,
                        booking.clientLanguage(),
                        confirmations.of(booking),
                        booking.id(),
                        service(booking, channel)));
    }

    /** The product's name for a text message, where the product allows it; null otherwise. */
    private String service(Booking booking, MessageChannel channel) {
        if (channel != MessageChannel.SMS) {
            return null;
        }
        return catalogue
                .product(booking.organisation(), booking.time().product())
                .filter(BookableProduct::textNamesService)
                .map(product -> product.name().in(booking.clientLanguage()))
                .orElse(null);
    }
}
