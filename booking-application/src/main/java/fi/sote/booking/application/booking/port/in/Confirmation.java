package fi.sote.booking.application.booking.port.in;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What to tell the client of a booking, in the client's language: the day and time in Helsinki, how the contact
 * happens (remote: the professional contacts the client), where, with whom, and the product's guidance.
 *
 * @param dayName the day of the week in the client's language ("keskiviikko", "onsdag", "Wednesday")
 * @param dateText the date as the client's language writes it ("2.12.2026", "2 December 2026")
 * @param place the service point and its address: the one the time names, or for a visit (not remote) the
 *     professional's own when they have exactly one; null otherwise
 * @param room the room at the place the booking takes, by name; or null
 * @param product the bookable product's name and {@code service} the social service's, in the client's language
 * @param reference the short reference to read out on the phone (the first eight characters of the booking's id)
 */
public record Confirmation(
        LocalDate date,
        DayOfWeek dayOfWeek,
        String dayName,
        String dateText,
        LocalTime startTime,
        LocalTime endTime,
        String contactMode,
        boolean remote,
        String place,
        String room,
        String professional,
        String product,
        String service,
        String guidance,
        String reference) {}
