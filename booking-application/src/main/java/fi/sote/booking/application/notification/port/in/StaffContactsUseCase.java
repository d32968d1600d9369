package fi.sote.booking.application.notification.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.notification.StaffContact;

/**
 * How the service reaches a member of staff: kept by the organisation's administrators, or by the member themselves
 * (their work e-mail and phone, and, for a supervisor, who is alerted when they do not acknowledge a work-safety alert
 * in time).
 */
public interface StaffContactsUseCase {

    /** Sets the contact of {@code contact.subject()}; not found unless the caller is an administrator or that member. */
    Outcome<StaffContact> save(Actor actor, StaffContact contact);

    Outcome<StaffContact> read(Actor actor, String subject);
}
