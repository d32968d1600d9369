package fi.sote.booking.domain.notification;

/** How a message reaches a person. */
public enum MessageChannel {
    EMAIL,
    SMS
}
