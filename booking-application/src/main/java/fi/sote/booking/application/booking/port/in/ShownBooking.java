package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.booking.Booking;

/** A booking as one answer shows it to its reader: what of its client they may see, and its confirmation. */
public record ShownBooking(Booking booking, ClientView client, Confirmation confirmation) {}
