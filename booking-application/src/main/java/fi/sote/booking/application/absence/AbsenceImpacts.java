package fi.sote.booking.application.absence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.sote.booking.application.absence.port.in.AbsenceImpact;
import fi.sote.booking.application.absence.port.in.AbsenceImpact.ReleasedWindow;
import fi.sote.booking.application.absence.port.in.AffectedTime;
import fi.sote.booking.application.absence.port.out.AbsenceRepository;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.CalendarKeeping;
import fi.sote.booking.domain.calendar.LocalWindow;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.shared.Role;

/**
 * What the absence use cases share: whose absences the actor may see (those of calendars they keep,
 * administrators aside: absences are the professional's and their supervisor's business) and what an
 * absence falls on, read at the moment of asking, so what was handled drops out by itself.
 */
public final class AbsenceImpacts {

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final BookingRepository bookings;
    private final AbsenceRepository absences;
    private final Clock clock;

    public AbsenceImpacts(
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            BookingRepository bookings,
            AbsenceRepository absences,
            Clock clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.bookings = bookings;
        this.absences = absences;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    CatalogueRepository catalogue() {
        return catalogue;
    }

    AbsenceRepository absences() {
        return absences;
    }

    /** Whether the actor keeps the resource's calendar as its professional or their supervisor (not as an administrator). */
    static boolean keeps(Actor actor, Resource resource) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(actor.roles());
        roles.remove(Role.ADMINISTRATOR);
        return CalendarKeeping.mayKeep(resource, actor.subject(), roles);
    }

    /** The absence when the actor keeps the calendar it is in. */
    Optional<Absence> visible(Actor actor, CalendarEntryId id) {
        return absences.absence(actor.organisation(), id)
                .filter(absence -> catalogue
                        .resource(actor.organisation(), absence.resource())
                        .map(resource -> keeps(actor, resource))
                        .orElse(false));
    }

    AbsenceImpact impact(Absence absence) {
        return new AbsenceImpact(absence, affected(absence), releasedWindows(absence));
    }

    /**
     * The booked times still taking the absent professional's time during the absence and not yet over, by start: a
     * booking alone, or a group time's bookings together.
     */
    List<AffectedTime> affected(Absence absence) {
        Instant now = now();
        Map<Object, List<Booking>> times = new LinkedHashMap<>();
        bookings.ofResource(absence.organisation(), absence.resource(), absence.interval()).stream()
                .filter(booking -> booking.takesTimeAt(now)
                        && booking.time().interval().end().isAfter(now))
                .sorted(Comparator.comparing((Booking booking) -> booking.time().interval())
                        .thenComparing(Booking::bookedAt)
                        .thenComparing(booking -> booking.id().value()))
                .forEach(booking -> times.computeIfAbsent(
                                booking.time().isGroup()
                                        ? List.of(
                                                booking.time().product(),
                                                booking.time().interval())
                                        : booking.id(),
                                key -> new ArrayList<>())
                        .add(booking));
        return times.values().stream().map(AffectedTime::new).toList();
    }

    /** Each window of the resource's released time that overlaps the absence, clipped to it, by start. */
    private List<ReleasedWindow> releasedWindows(Absence absence) {
        TimeInterval period = absence.interval();
        LocalDate from = period.start().atZone(BookingTime.ZONE).toLocalDate().minusDays(1);
        LocalDate to = period.end().atZone(BookingTime.ZONE).toLocalDate();
        List<ReleasedWindow> windows = new ArrayList<>();
        for (Release release : calendar.releases(absence.organisation(), absence.resource())) {
            if (!release.offersOn(from, to)) {
                continue;
            }
            for (LocalWindow window : release.windows(from, to)) {
                TimeInterval released = new TimeInterval(
                        window.start().atZone(BookingTime.ZONE).toInstant(),
                        window.end().atZone(BookingTime.ZONE).toInstant());
                if (released.overlaps(period)) {
                    windows.add(new ReleasedWindow(
                            release.id(),
                            new TimeInterval(
                                    max(released.start(), period.start()), min(released.end(), period.end()))));
                }
            }
        }
        windows.sort(Comparator.comparing(ReleasedWindow::interval));
        return windows;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
