package fi.sote.booking.application.safety.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Stores visits and their alerts, with the alert events in the outbox. */
public interface VisitRepository {

    /** @return false when the worker is already checked in at a visit they have not checked out of */
    boolean add(Visit visit);

    Optional<Visit> visit(OrganisationId organisation, VisitId id);

    /** The visits of the resources not yet checked out of. */
    List<Visit> open(OrganisationId organisation, Collection<ResourceId> resources);

    /** The resources' visits with an alert raised and not closed, by when it was raised. */
    List<Visit> openAlerts(OrganisationId organisation, Collection<ResourceId> resources);

    /** Stores the next state of the visit; with {@code event}, also an outbox event of that type. */
    void update(Visit visit, String event);

    /**
     * Raises the alert of every visit, in every organisation, that is still open at its due time and
     * has none yet, each with an alert event in the outbox; a visit's alert is raised once, however
     * many callers do this at the same moment.
     *
     * @return the visits whose alerts this call raised
     */
    List<Visit> raiseDueAlerts(Instant now);
}
