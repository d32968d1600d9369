package fi.sote.booking.application.calendar;

import java.util.Optional;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.CalendarKeeping;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.RejectionReason;

/** The check every change of a calendar starts with: the resource exists and the actor may keep it. */
final class CalendarAccess {

    private final CatalogueRepository catalogue;

    CalendarAccess(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    /** Why the actor may not change the resource's calendar, or empty when they may. */
    <T> Optional<Outcome<T>> refusal(Actor actor, ResourceId resource) {
        return catalogue
                .resource(actor.organisation(), resource)
                .map(
                        found -> CalendarKeeping.mayKeep(found, actor.subject(), actor.roles())
                                ? Optional.<Outcome<T>>empty()
                                : Optional.of(
                                        Outcome.<T>rejected(
                                                RejectionReason.NOT_YOUR_CALENDAR,
                                                null,
                                                "Only the professional, the supervisor of their team or an administrator keeps this calendar")))
                .orElseGet(() -> Optional.of(Outcome.notFound("No resource " + resource)));
    }
}
