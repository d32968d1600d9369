package fi.sote.booking.application.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.statistics.port.in.StatisticsQuery;
import fi.sote.booking.application.statistics.port.out.StatisticsRepository;
import fi.sote.booking.application.statistics.port.out.StatisticsRepository.AbsenceTime;
import fi.sote.booking.application.statistics.port.out.StatisticsRepository.TimeUseRow;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.WorkingHours;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.statistics.Cell;
import fi.sote.booking.domain.statistics.Dimension;
import fi.sote.booking.domain.statistics.FollowUpPeriod;
import fi.sote.booking.domain.statistics.SmallCells;
import fi.sote.booking.domain.statistics.SmallCells.Shown;

public final class StatisticsService implements StatisticsQuery {

    private static final List<Dimension> BY_MADE = List.of(Dimension.MADE_BY);
    private static final List<Dimension> BY_TASK = List.of(Dimension.MADE_BY, Dimension.SERVICE_TASK);
    private static final List<Dimension> BY_SERVICE = List.of(Dimension.MADE_BY, Dimension.SOCIAL_SERVICE);
    private static final List<Dimension> BY_REMOTE = List.of(Dimension.REMOTE);

    private final StatisticsRepository statistics;
    private final CatalogueRepository catalogue;
    private final WorkingHours workingHours;

    public StatisticsService(
            StatisticsRepository statistics, CatalogueRepository catalogue, WorkingHours workingHours) {
        this.statistics = statistics;
        this.catalogue = catalogue;
        this.workingHours = workingHours;
    }

    @Override
    public Outcome<BookingCounts> bookings(
            Actor actor, FollowUpPeriod period, List<Dimension> groupBy, boolean external) {
        List<Dimension> dimensions =
                groupBy == null ? List.of() : groupBy.stream().distinct().toList();
        if (dimensions.size() > 4) {
            throw new InvalidValueException("groupBy", "must name at most 4 dimensions");
        }
        boolean suppress = protect(actor, period, external);
        List<List<Cell>> found = statistics.bookingsMade(
                actor.organisation(), start(period), end(period), List.of(dimensions, List.of()), suppress);
        return Outcome.accepted(new BookingCounts(
                period, suppress, table(dimensions, found.get(0), suppress, c -> true), total(found.get(1), suppress)));
    }

    @Override
    public Outcome<Indicators> indicators(Actor actor, FollowUpPeriod period, boolean external) {
        boolean suppress = protect(actor, period, external);
        List<List<Cell>> found = statistics.bookingsMade(
                actor.organisation(),
                start(period),
                end(period),
                List.of(BY_MADE, BY_TASK, BY_SERVICE, BY_REMOTE, List.of()),
                suppress);
        Predicate<Cell> staff = cell -> "STAFF".equals(cell.key(Dimension.MADE_BY));
        Predicate<Cell> client = cell -> "CLIENT".equals(cell.key(Dimension.MADE_BY));
        Shown total = total(found.get(4), suppress);
        Shown staffTotal = one(found.get(0), staff, suppress);
        Shown clientTotal = one(found.get(0), client, suppress);
        Shown remote = one(found.get(3), cell -> "true".equals(cell.key(Dimension.REMOTE)), suppress);
        return Outcome.accepted(new Indicators(
                period,
                suppress,
                staffTotal,
                table(BY_TASK, found.get(1), suppress, staff),
                table(BY_SERVICE, found.get(2), suppress, staff),
                table(BY_TASK, found.get(1), suppress, client),
                table(BY_SERVICE, found.get(2), suppress, client),
                total,
                share(clientTotal, total),
                share(remote, total)));
    }

    @Override
    public Outcome<WaitlistFigures> waitlist(Actor actor, FollowUpPeriod period, boolean external) {
        boolean suppress = protect(actor, period, external);
        Map<String, Cell> found = statistics.waitlist(actor.organisation(), start(period), end(period), suppress);
        List<Shown> figures = StatisticsRepository.WAITLIST_FIGURES.stream()
                .map(figure -> SmallCells.one(found.getOrDefault(figure, new Cell(Map.of(), 0, 0)), suppress))
                .toList();
        return Outcome.accepted(new WaitlistFigures(
                period, suppress, figures.get(0), figures.get(1), figures.get(2), figures.get(3), figures.get(4)));
    }

    @Override
    public Outcome<TimeUse> timeUse(Actor actor, FollowUpPeriod period) {
        Map<ResourceId, Resource> supervised = new LinkedHashMap<>();
        catalogue.resources(actor.organisation()).stream()
                .filter(resource -> actor.subject().equals(resource.supervisorSubject()))
                .sorted(Comparator.comparing((Resource r) -> Objects.toString(r.team(), ""))
                        .thenComparing(Resource::name))
                .forEach(resource -> supervised.put(resource.id(), resource));
        List<TimeUseLine> byProfessional = new ArrayList<>();
        Map<List<Object>, TimeUseLine> byTeam = new LinkedHashMap<>();
        if (!supervised.isEmpty()) {
            for (TimeUseRow row : timeUse(actor, supervised.keySet(), period)) {
                Resource resource = supervised.get(row.resource());
                byProfessional.add(new TimeUseLine(
                        resource.team(),
                        resource.id().toString(),
                        resource.name(),
                        row.kind(),
                        row.type(),
                        row.category(),
                        round(row.hours())));
                byTeam.merge(
                        List.of(Objects.toString(resource.team(), ""), row.kind(), row.type()),
                        new TimeUseLine(
                                resource.team(), null, null, row.kind(), row.type(), row.category(), row.hours()),
                        (a, b) -> new TimeUseLine(
                                a.team(), null, null, a.kind(), a.type(), a.category(), a.hours() + b.hours()));
            }
        }
        Comparator<TimeUseLine> order = Comparator.comparing((TimeUseLine line) -> Objects.toString(line.team(), ""))
                .thenComparing(line -> Objects.toString(line.professional(), ""))
                .thenComparing(TimeUseLine::kind)
                .thenComparing(TimeUseLine::type);
        byProfessional.sort(order);
        return Outcome.accepted(new TimeUse(
                period,
                byTeam.values().stream()
                        .map(line -> new TimeUseLine(
                                line.team(),
                                null,
                                null,
                                line.kind(),
                                line.type(),
                                line.category(),
                                round(line.hours())))
                        .sorted(order)
                        .toList(),
                byProfessional));
    }

    /** Hours of entries and booked time as summed in the database, and of absences as the working time they take. */
    private List<TimeUseRow> timeUse(Actor actor, Collection<ResourceId> resources, FollowUpPeriod period) {
        List<TimeUseRow> rows =
                new ArrayList<>(statistics.timeUse(actor.organisation(), resources, start(period), end(period)));
        Map<List<Object>, Double> absent = new LinkedHashMap<>();
        for (AbsenceTime absence : statistics.absences(actor.organisation(), resources, start(period), end(period))) {
            absent.merge(
                    List.of(absence.resource(), absence.type()),
                    workingHours.within(absence.interval()).toSeconds() / 3600.0,
                    Double::sum);
        }
        absent.forEach((key, hours) -> rows.add(
                new TimeUseRow((ResourceId) key.get(0), "ENTRY", (String) key.get(1), EntryCategory.ABSENCE, hours)));
        return rows;
    }

    /** Whether the figures leave the organisation, and so are protected (SmallCells), over whole periods only. */
    private static boolean protect(Actor actor, FollowUpPeriod period, boolean external) {
        boolean outside = external || actor.isIntegration();
        if (outside) {
            period.requireWholeFollowUpPeriods();
        }
        return outside;
    }

    private static Table table(List<Dimension> groupBy, List<Cell> cells, boolean suppress, Predicate<Cell> which) {
        return new Table(groupBy, SmallCells.of(cells.stream().filter(which).toList(), suppress));
    }

    private static Shown total(List<Cell> cells, boolean suppress) {
        return one(cells, cell -> true, suppress);
    }

    /** The one cell matching, or a zero count (which is small) when no booking made it. */
    private static Shown one(List<Cell> cells, Predicate<Cell> which, boolean suppress) {
        Cell cell = cells.stream().filter(which).findFirst().orElse(new Cell(new EnumMap<>(Dimension.class), 0, 0));
        return SmallCells.one(cell, suppress);
    }

    private static Share share(Shown part, Shown whole) {
        if (part.suppressed() || whole.suppressed()) {
            return new Share(null, null, null, true);
        }
        long denominator = whole.cell().bookings();
        Double percent =
                denominator == 0 ? null : Math.round(1000.0 * part.cell().bookings() / denominator) / 10.0;
        return new Share(percent, part.cell().bookings(), denominator, false);
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }

    private static Instant start(FollowUpPeriod period) {
        return period.from().atStartOfDay(BookingTime.ZONE).toInstant();
    }

    private static Instant end(FollowUpPeriod period) {
        LocalDate after = period.to().plusDays(1);
        return after.atStartOfDay(BookingTime.ZONE).toInstant();
    }
}
