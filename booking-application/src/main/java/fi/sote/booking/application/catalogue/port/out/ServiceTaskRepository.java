package fi.sote.booking.application.catalogue.port.out;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Stores service tasks. Every read is scoped to one organisation. */
public interface ServiceTaskRepository {

    /**
     * Adds the task unless its code is already used in its organisation. Decided by the database
     * (a unique constraint), so two concurrent registrations of one code cannot both win.
     *
     * @return false when the code was taken
     */
    boolean addIfCodeFree(ServiceTask serviceTask);

    List<ServiceTask> findAll(OrganisationId organisation);

    Optional<ServiceTask> findById(OrganisationId organisation, ServiceTaskId id);

    /**
     * Replaces {@code previous} with {@code next} and keeps the record of the change, when the stored task is still at
     * {@code previous}'s version; false when another change came first.
     */
    boolean replace(ServiceTask previous, ServiceTask next, CatalogueChange change);
}
