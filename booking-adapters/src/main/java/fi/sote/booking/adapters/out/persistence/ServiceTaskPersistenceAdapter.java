package fi.sote.booking.adapters.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/** Service tasks as Panache entities (ADR 0006). */
@ApplicationScoped
class ServiceTaskPersistenceAdapter implements ServiceTaskRepository {

    private final Entities entities = new Entities();
    private final KeptRows kept;
    private final KeptRows.Kind<ServiceTask, ServiceTaskEntity> kind = new KeptRows.Kind<>(
            "service_task",
            "id",
            entities,
            (organisation, key) -> UUID.fromString(key),
            task -> task.id().value(),
            row -> row.organisationId,
            ServiceTaskEntity::of,
            ServiceTaskPersistenceAdapter::toDomain);

    ServiceTaskPersistenceAdapter(KeptRows kept) {
        this.kept = kept;
    }

    @Override
    public boolean addIfCodeFree(ServiceTask task) {
        return UniqueRows.add(
                entities,
                ServiceTaskEntity.of(task),
                "organisationId = ?1 and code = ?2",
                task.organisation().value(),
                task.code());
    }

    @Override
    public List<ServiceTask> findAll(OrganisationId organisation) {
        return entities.list("organisationId = ?1 order by code", organisation.value()).stream()
                .map(ServiceTaskPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public Optional<ServiceTask> findById(OrganisationId organisation, ServiceTaskId id) {
        return entities.find("id = ?1 and organisationId = ?2", id.value(), organisation.value())
                .firstResultOptional()
                .map(ServiceTaskPersistenceAdapter::toDomain);
    }

    @Override
    public boolean replace(ServiceTask previous, ServiceTask next, CatalogueChange change) {
        return kept.replace(kind, previous, next, change);
    }

    /** Reloads through the domain's constructor, so stored data that breaks an invariant is noticed. */
    private static ServiceTask toDomain(ServiceTaskEntity entity) {
        return new ServiceTask(
                new ServiceTaskId(entity.id),
                new OrganisationId(entity.organisationId),
                entity.code,
                new LocalizedText(entity.nameFi, entity.nameSv, entity.nameEn),
                entity.createdAt,
                entity.version,
                entity.retired);
    }

    /** Panache queries over the entity, kept out of the port's public face. */
    static final class Entities implements PanacheRepositoryBase<ServiceTaskEntity, UUID> {}
}
