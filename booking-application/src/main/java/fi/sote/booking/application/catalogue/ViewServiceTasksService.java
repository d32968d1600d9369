package fi.sote.booking.application.catalogue;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.catalogue.port.in.ViewServiceTasksQuery;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.shared.OrganisationId;

public final class ViewServiceTasksService implements ViewServiceTasksQuery {

    private final ServiceTaskRepository serviceTasks;

    public ViewServiceTasksService(ServiceTaskRepository serviceTasks) {
        this.serviceTasks = serviceTasks;
    }

    @Override
    public List<ServiceTask> list(OrganisationId organisation) {
        return serviceTasks.findAll(organisation);
    }

    @Override
    public Optional<ServiceTask> find(OrganisationId organisation, ServiceTaskId id) {
        return serviceTasks.findById(organisation, id);
    }
}
