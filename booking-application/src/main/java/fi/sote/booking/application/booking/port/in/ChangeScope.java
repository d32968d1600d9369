package fi.sote.booking.application.booking.port.in;

/** Which bookings of a series a cancellation or reschedule applies to. */
public enum ChangeScope {
    /** This booking only. */
    THIS,
    /** This occurrence of its series and every later one. */
    THIS_AND_FOLLOWING
}
