package fi.sote.booking.application.booking.port.in;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What to tell the client of a booking, in the client's language: the day and time in Helsinki, how the contact
 * happens (remote: the professional contacts the client), where, with whom, and the product's guidance.
 *
 * @param place the service point and its address, or null when the time names none
 */
public record Confirmation(
        LocalDate date,
        DayOfWeek dayOfWeek,
        LocalTime startTime,
        LocalTime endTime,
        String contactMode,
        boolean remote,
        String place,
        String professional,
        String guidance) {}
