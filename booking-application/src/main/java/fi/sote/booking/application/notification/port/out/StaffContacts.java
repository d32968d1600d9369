package fi.sote.booking.application.notification.port.out;

import java.util.Optional;

import fi.sote.booking.domain.notification.StaffContact;
import fi.sote.booking.domain.shared.OrganisationId;

/** How the organisation's staff are reached with the service's messages. */
public interface StaffContacts {

    Optional<StaffContact> find(OrganisationId organisation, String subject);

    /** Stores the contact, replacing the one the subject had. */
    void save(StaffContact contact);
}
