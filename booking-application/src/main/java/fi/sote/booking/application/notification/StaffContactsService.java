package fi.sote.booking.application.notification;

import java.util.Optional;

import fi.sote.booking.application.notification.port.in.StaffContactsUseCase;
import fi.sote.booking.application.notification.port.out.StaffContacts;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.notification.StaffContact;
import fi.sote.booking.domain.shared.Role;

public final class StaffContactsService implements StaffContactsUseCase {

    private final StaffContacts contacts;

    public StaffContactsService(StaffContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public Outcome<StaffContact> save(Actor actor, StaffContact contact) {
        if (!keeps(actor, contact.subject())) {
            return Outcome.notFound("No member of staff " + contact.subject() + " whose contact the caller keeps");
        }
        contacts.save(contact);
        return Outcome.accepted(contact);
    }

    @Override
    public Outcome<StaffContact> read(Actor actor, String subject) {
        Optional<StaffContact> found =
                keeps(actor, subject) ? contacts.find(actor.organisation(), subject) : Optional.empty();
        return found.map(Outcome::accepted).orElseGet(() -> Outcome.notFound("No contact of " + subject));
    }

    /** An administrator keeps every member's contact; a member of staff their own. */
    private static boolean keeps(Actor actor, String subject) {
        return actor.is(Role.ADMINISTRATOR)
                || (!actor.isIntegration()
                        && !actor.is(Role.CLIENT)
                        && actor.subject().equals(subject));
    }
}
