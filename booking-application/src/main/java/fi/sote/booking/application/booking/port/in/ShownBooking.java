package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.booking.Booking;

/**
 * A booking as one answer shows it to its reader: what of its client they may see, its confirmation, and whether the
 * staff who booked and changed it are named (not to a client, who is not shown staff's identifiers).
 */
public record ShownBooking(Booking booking, ClientView client, Confirmation confirmation, boolean staffNamed) {}
