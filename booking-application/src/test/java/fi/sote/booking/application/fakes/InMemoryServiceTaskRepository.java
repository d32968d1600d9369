package fi.sote.booking.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the port with the same contract as the database: codes are unique per organisation. */
public final class InMemoryServiceTaskRepository implements ServiceTaskRepository {

    private final List<ServiceTask> tasks = new ArrayList<>();
    private final InMemoryCatalogue changes;

    public InMemoryServiceTaskRepository() {
        this(new InMemoryCatalogue());
    }

    /** Keeps the records of the tasks' changes with those of {@code catalogue}, as the database keeps them in one. */
    public InMemoryServiceTaskRepository(InMemoryCatalogue catalogue) {
        this.changes = catalogue;
    }

    @Override
    public synchronized boolean addIfCodeFree(ServiceTask serviceTask) {
        boolean taken = tasks.stream()
                .anyMatch(task -> task.organisation().equals(serviceTask.organisation())
                        && task.code().equals(serviceTask.code()));
        if (!taken) {
            tasks.add(serviceTask);
        }
        return !taken;
    }

    @Override
    public synchronized List<ServiceTask> findAll(OrganisationId organisation) {
        return tasks.stream()
                .filter(task -> task.organisation().equals(organisation))
                .sorted(Comparator.comparing(ServiceTask::code))
                .toList();
    }

    @Override
    public synchronized Optional<ServiceTask> findById(OrganisationId organisation, ServiceTaskId id) {
        return tasks.stream()
                .filter(task ->
                        task.organisation().equals(organisation) && task.id().equals(id))
                .findFirst();
    }

    @Override
    public synchronized boolean replace(ServiceTask previous, ServiceTask next, CatalogueChange change) {
        for (int i = 0; i < tasks.size(); i++) {
            ServiceTask stored = tasks.get(i);
            if (stored.organisation().equals(previous.organisation())
                    && stored.id().equals(previous.id())) {
                if (stored.version() != previous.version()) {
                    return false;
                }
                tasks.set(i, next);
                changes.record(previous.organisation(), change);
                return true;
            }
        }
        return false;
    }
}
