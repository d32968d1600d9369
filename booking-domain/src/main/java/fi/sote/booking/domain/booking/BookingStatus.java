package fi.sote.booking.domain.booking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Status of a booking: the Finnish code set (1.2.246.537.6.881) with its FHIR Appointment.status as
 * the Finnish Scheduling guide maps it. A move (Siirretty) has no FHIR status of its own: the moved
 * booking links to the one that replaced it instead.
 */
public enum BookingStatus {
    WAITLIST("Suunniteltu", "waitlist"),
    PROPOSED("Tilattu", "proposed"),
    /** A held time waiting for confirmation; it lapses at its expiry. */
    PENDING("Ehdotettu", "pending"),
    BOOKED("Varattu", "booked"),
    CANCELLED("Peruttu", "cancelled"),
    MOVED("Siirretty", null),
    CHECKED_IN("Ilmoittautunut", "checked-in"),
    ARRIVED("Alkanut", "arrived"),
    FULFILLED("Toteutunut", "fulfilled"),
    NO_SHOW("Saapumatta", "noshow");

    private final String finnishName;
    private final String fhirCode;

    BookingStatus(String finnishName, String fhirCode) {
        this.finnishName = finnishName;
        this.fhirCode = fhirCode;
    }

    public String finnishName() {
        return finnishName;
    }

    /** The FHIR Appointment.status, or null for {@link #MOVED}. */
    public String fhirCode() {
        return fhirCode;
    }

    /** Whether a booking in this status takes its time (a lapsed hold does not, whatever its status says). */
    public boolean takesTime() {
        return this != CANCELLED && this != MOVED;
    }

    /**
     * The statuses a booking in this status may change to. A fulfilled time and a no-show change only into each
     * other: that corrects how the time went, and the attendance rules ask a reason for it.
     */
    public Set<BookingStatus> next() {
        switch (this) {
            case WAITLIST:
                return EnumSet.of(PROPOSED, PENDING, BOOKED, CANCELLED);
            case PROPOSED:
                return EnumSet.of(PENDING, BOOKED, CANCELLED);
            case PENDING:
                return EnumSet.of(BOOKED, CANCELLED);
            case BOOKED:
                return EnumSet.of(CANCELLED, MOVED, CHECKED_IN, ARRIVED, FULFILLED, NO_SHOW);
            case CHECKED_IN:
                return EnumSet.of(ARRIVED, FULFILLED, NO_SHOW, CANCELLED);
            case ARRIVED:
                return EnumSet.of(FULFILLED);
            case FULFILLED:
                return EnumSet.of(NO_SHOW);
            case NO_SHOW:
                return EnumSet.of(FULFILLED);
            default:
                return EnumSet.noneOf(BookingStatus.class);
        }
    }

    public boolean mayBecome(BookingStatus status) {
        return next().contains(status);
    }
}
