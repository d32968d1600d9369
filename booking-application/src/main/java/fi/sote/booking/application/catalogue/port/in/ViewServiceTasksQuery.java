package fi.sote.booking.application.catalogue.port.in;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Reads the service tasks of one organisation; another organisation's tasks are never found. */
public interface ViewServiceTasksQuery {

    List<ServiceTask> list(OrganisationId organisation);

    Optional<ServiceTask> find(OrganisationId organisation, ServiceTaskId id);
}
