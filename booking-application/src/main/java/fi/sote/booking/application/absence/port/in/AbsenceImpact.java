package fi.sote.booking.application.absence.port.in;

import java.util.List;

import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.TimeInterval;

/**
 * An absence and what it falls on: the booked times that still take the absent professional's time (a group time
 * once, with all its bookings), and the released time (each window of a release within the absence) that slot search
 * no longer offers.
 */
public record AbsenceImpact(Absence absence, List<AffectedTime> times, List<ReleasedWindow> releasedTime) {

    public record ReleasedWindow(ReleaseId release, TimeInterval interval) {}
}
