package fi.sote.booking.application.calendar.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;

/** Withdraws released time; slots not yet booked disappear from search. */
public interface WithdrawReleaseUseCase {

    Outcome<Release> withdraw(Actor actor, ReleaseId release);
}
