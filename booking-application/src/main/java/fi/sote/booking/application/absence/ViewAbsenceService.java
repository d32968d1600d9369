package fi.sote.booking.application.absence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.absence.port.in.AbsenceImpact;
import fi.sote.booking.application.absence.port.in.AffectedTime;
import fi.sote.booking.application.absence.port.in.ViewAbsenceQuery;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Teams;
import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.absence.ReplacementRanking;
import fi.sote.booking.domain.absence.ReplacementRanking.Candidate;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.BusyTime;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.LocalWindow;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePointId;

public final class ViewAbsenceService implements ViewAbsenceQuery {

    /** How far after the absence the same professional's free times are looked for, and how many. */
    private static final Duration AFTER_RETURN = Duration.ofDays(60);

    private static final int TIMES_AFTER_RETURN = 3;

    private final AbsenceImpacts impacts;
    private final CalendarRepository calendar;
    private final AvailabilityRepository availability;
    private final SearchSlotsQuery slots;

    public ViewAbsenceService(
            AbsenceImpacts impacts,
            CalendarRepository calendar,
            AvailabilityRepository availability,
            SearchSlotsQuery slots) {
        this.impacts = impacts;
        this.calendar = calendar;
        this.availability = availability;
        this.slots = slots;
    }

    @Override
    public Outcome<AbsenceImpact> absence(Actor actor, CalendarEntryId id) {
        return impacts.visible(actor, id)
                .map(impacts::impact)
                .<Outcome<AbsenceImpact>>map(Outcome::accepted)
                .orElseGet(() -> Outcome.notFound("No absence " + id));
    }

    @Override
    public Outcome<List<Suggestion>> suggestions(Actor actor, CalendarEntryId id) {
        Optional<Absence> found = impacts.visible(actor, id);
        if (found.isEmpty()) {
            return Outcome.notFound("No absence " + id);
        }
        Absence absence = found.get();
        // a supervisor reassigns within the calendars they keep: their teams
        List<Resource> colleagues = impacts.catalogue().resources(actor.organisation()).stream()
                .filter(resource -> resource.kind() == ResourceKind.PROFESSIONAL
                        && !resource.id().equals(absence.resource())
                        && AbsenceImpacts.keeps(actor, resource))
                .toList();
        List<Suggestion> suggestions = new ArrayList<>();
        for (AffectedTime time : impacts.affected(absence)) {
            Booking booking = time.first();
            BookableProduct product = impacts.catalogue()
                    .product(actor.organisation(), booking.time().product())
                    .orElseThrow();
            var need = new ReplacementRanking.Need(
                    absence.resource(),
                    product.socialService(),
                    booking.clientLanguage(),
                    booking.time().servicePoint());
            suggestions.add(new Suggestion(
                    time,
                    ReplacementRanking.rank(need, candidates(actor, booking, colleagues)),
                    afterReturn(absence, booking)));
        }
        return Outcome.accepted(suggestions);
    }

    /** The colleagues free throughout the time the booking keeps, with whether they released it or work then. */
    private List<Candidate> candidates(Actor actor, Booking booking, List<Resource> colleagues) {
        TimeInterval kept = booking.time().occupied();
        Map<ResourceId, BusyTime> busy = availability.busy(
                actor.organisation(), colleagues.stream().map(Resource::id).toList(), kept);
        List<Candidate> candidates = new ArrayList<>();
        for (Resource colleague : colleagues) {
            BusyTime theirs = busy.getOrDefault(colleague.id(), BusyTime.NONE);
            boolean free = theirs.intervals().stream().noneMatch(kept::overlaps)
                    && theirs.groups().stream()
                            .noneMatch(group -> group.occupied().overlaps(kept));
            if (free) {
                candidates.add(new Candidate(
                        colleague, released(actor, colleague, booking), working(actor, colleague, booking)));
            }
        }
        return candidates;
    }

    private boolean released(Actor actor, Resource colleague, Booking booking) {
        TimeInterval time = booking.time().interval();
        LocalDate date = time.start().atZone(BookingTime.ZONE).toLocalDate();
        for (Release release : calendar.releases(actor.organisation(), colleague.id())) {
            if (!release.offersOn(date.minusDays(1), date)
                    || !release.terms().allowsContactMode(booking.time().contactMode())) {
                continue;
            }
            for (LocalWindow window : release.windows(date.minusDays(1), date)) {
                if (!window.start().atZone(BookingTime.ZONE).toInstant().isAfter(time.start())
                        && !window.end().atZone(BookingTime.ZONE).toInstant().isBefore(time.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the colleague's service points is open throughout the booking's local time. */
    private boolean working(Actor actor, Resource colleague, Booking booking) {
        ZonedDateTime start = booking.time().interval().start().atZone(BookingTime.ZONE);
        ZonedDateTime end = booking.time().interval().end().atZone(BookingTime.ZONE);
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return false;
        }
        for (ServicePointId id : colleague.servicePoints()) {
            boolean open = impacts.catalogue().servicePoint(actor.organisation(), id).stream()
                    .flatMap(point -> point.openingHours().stream())
                    .anyMatch(hours -> hours.day() == start.getDayOfWeek()
                            && !hours.opens().isAfter(start.toLocalTime())
                            && !hours.closes().isBefore(end.toLocalTime()));
            if (open) {
                return true;
            }
        }
        return false;
    }

    /** The same professional's first free times of the product and contact mode after the absence. */
    private List<SearchSlotsQuery.FoundSlot> afterReturn(Absence absence, Booking booking) {
        SlotSearch search = new SlotSearch(
                absence.organisation(),
                EnumSet.allOf(Channel.class),
                null,
                booking.time().product(),
                null,
                null,
                booking.time().contactMode(),
                null,
                absence.resource(),
                absence.interval().end(),
                absence.interval().end().plus(AFTER_RETURN),
                TIMES_AFTER_RETURN,
                null);
        return slots.search(search) instanceof Outcome.Accepted<SearchSlotsQuery.SlotPage> page
                ? page.value().items()
                : List.of();
    }

    @Override
    public Outcome<List<AffectedBooking>> needsAttention(Actor actor, String team) {
        Optional<List<Resource>> found = Teams.visible(impacts.catalogue(), actor, team, false);
        if (found.isEmpty()) {
            return Outcome.notFound("No team " + team + " supervised by the caller");
        }
        List<Resource> members = found.get();
        List<AffectedBooking> affected = new ArrayList<>();
        for (Absence absence : impacts.absences()
                .ofResources(
                        actor.organisation(), members.stream().map(Resource::id).toList(), impacts.now())) {
            for (AffectedTime time : impacts.affected(absence)) {
                affected.add(new AffectedBooking(absence, time));
            }
        }
        affected.sort(Comparator.comparing(
                (AffectedBooking item) -> item.time().first().time().interval()));
        return Outcome.accepted(affected);
    }
}
