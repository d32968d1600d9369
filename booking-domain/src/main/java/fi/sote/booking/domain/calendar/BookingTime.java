package fi.sote.booking.domain.calendar;

import java.time.ZoneId;

/** Rules about days and hours are evaluated in Finland's time zone; instants are stored in UTC. */
public final class BookingTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private BookingTime() {}
}
