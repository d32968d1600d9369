package fi.sote.booking.application.safety.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.safety.VisitId;

/**
 * Alerts of overdue visits. Due alerts are raised whenever anyone asks and periodically, and when the
 * service starts, so an alert never depends on the service having run at the minute it fell due.
 */
public interface WorkSafetyAlerts {

    /** Raises every alert that has fallen due; how many this call raised. */
    int raiseDue();

    /** The team's open alerts (raising due ones first), for its supervisor. */
    Outcome<List<Visit>> open(Actor actor, String team);

    /** The worker or their supervisor closes the alert of a visit. */
    Outcome<Visit> close(Actor actor, VisitId id);
}
