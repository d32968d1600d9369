package fi.sote.booking.application.safety;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.safety.port.in.WorkSafetyAlerts;
import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.shared.Teams;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

public final class AlertService implements WorkSafetyAlerts {

    /** The outbox event of an alert closed (raising one is {@code work-safety.alert-raised}, stored by the repository). */
    static final String CLOSED = "work-safety.alert-closed";

    private final CatalogueRepository catalogue;
    private final VisitRepository visits;
    private final Clock clock;

    public AlertService(CatalogueRepository catalogue, VisitRepository visits, Clock clock) {
        this.catalogue = catalogue;
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public int raiseDue() {
        return visits.raiseDueAlerts(clock.instant()).size();
    }

    @Override
    public Outcome<List<Visit>> open(Actor actor, String team) {
        Optional<List<Resource>> members = Teams.visible(catalogue, actor, team, false);
        if (members.isEmpty()) {
            return Outcome.notFound("No team " + team + " supervised by the caller");
        }
        raiseDue();
        return Outcome.accepted(visits.openAlerts(
                actor.organisation(), members.get().stream().map(Resource::id).toList()));
    }

    @Override
    public Outcome<Visit> close(Actor actor, VisitId id) {
        Optional<Visit> found = visits.visit(actor.organisation(), id)
                .filter(visit -> visit.alertRaisedAt() != null
                        && catalogue
                                .resource(actor.organisation(), visit.resource())
                                .map(resource -> isWorkerOrSupervisor(actor, resource))
                                .orElse(false));
        if (found.isEmpty()) {
            return Outcome.notFound("No alert " + id);
        }
        if (!found.get().hasOpenAlert()) {
            return Outcome.rejected(RejectionReason.ALREADY_CLOSED, null, "The alert was closed already");
        }
        Visit closed = found.get().closeAlert(actor.subject(), clock.instant());
        visits.update(closed, CLOSED);
        return Outcome.accepted(closed);
    }

    private static boolean isWorkerOrSupervisor(Actor actor, Resource resource) {
        return (actor.is(Role.PROFESSIONAL) && actor.subject().equals(resource.subject()))
                || (actor.is(Role.SUPERVISOR) && actor.subject().equals(resource.supervisorSubject()));
    }
}
