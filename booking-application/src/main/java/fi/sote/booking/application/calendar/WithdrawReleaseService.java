package fi.sote.booking.application.calendar;

import java.util.Optional;

import fi.sote.booking.application.calendar.port.in.WithdrawReleaseUseCase;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;

public final class WithdrawReleaseService implements WithdrawReleaseUseCase {

    private final CalendarRepository calendar;
    private final CalendarAccess access;

    public WithdrawReleaseService(CatalogueRepository catalogue, CalendarRepository calendar) {
        this.calendar = calendar;
        this.access = new CalendarAccess(catalogue);
    }

    @Override
    public Outcome<Release> withdraw(Actor actor, ReleaseId id) {
        Optional<Release> release = calendar.release(actor.organisation(), id);
        if (release.isEmpty()) {
            return Outcome.notFound("No released time " + id);
        }
        Optional<Outcome<Release>> refusal = access.refusal(actor, release.get().resource());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        calendar.remove(actor.organisation(), id);
        return Outcome.accepted(release.get());
    }
}
