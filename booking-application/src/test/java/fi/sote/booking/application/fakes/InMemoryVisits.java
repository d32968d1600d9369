package fi.sote.booking.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the visit port: one open visit per worker, each alert raised once, the events it would put in the outbox. */
public final class InMemoryVisits implements VisitRepository {

    private final List<Visit> visits = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    /** The outbox events, as type and visit id. */
    public List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public boolean add(Visit visit) {
        if (visits.stream().anyMatch(other -> other.resource().equals(visit.resource()) && other.isOpen())) {
            return false;
        }
        visits.add(visit);
        return true;
    }

    @Override
    public Optional<Visit> visit(OrganisationId organisation, VisitId id) {
        return visits.stream()
                .filter(v -> v.organisation().equals(organisation) && v.id().equals(id))
                .findFirst();
    }

    @Override
    public List<Visit> open(OrganisationId organisation, Collection<ResourceId> resources) {
        return visits.stream()
                .filter(v -> v.organisation().equals(organisation) && resources.contains(v.resource()) && v.isOpen())
                .sorted(Comparator.comparing(Visit::checkedInAt))
                .toList();
    }

    @Override
    public List<Visit> openAlerts(OrganisationId organisation, Collection<ResourceId> resources) {
        return visits.stream()
                .filter(v ->
                        v.organisation().equals(organisation) && resources.contains(v.resource()) && v.hasOpenAlert())
                .sorted(Comparator.comparing(Visit::alertRaisedAt))
                .toList();
    }

    @Override
    public void update(Visit visit, String event) {
        visits.replaceAll(stored -> stored.id().equals(visit.id()) ? visit : stored);
        if (event != null) {
            events.add(event + " " + visit.id().value());
        }
    }

    @Override
    public List<Visit> raiseDueAlerts(Instant now) {
        List<Visit> raised = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            if (visit.alertDueAt(now)) {
                Visit alerted = new Visit(
                        visit.id(),
                        visit.organisation(),
                        visit.resource(),
                        visit.booking(),
                        visit.entry(),
                        visit.checkedInBy(),
                        visit.checkedInAt(),
                        visit.plannedEnd(),
                        visit.alertDueAt(),
                        null,
                        now,
                        null,
                        null);
                visits.set(i, alerted);
                events.add("work-safety.alert-raised " + visit.id().value());
                raised.add(alerted);
            }
        }
        return raised;
    }
}
