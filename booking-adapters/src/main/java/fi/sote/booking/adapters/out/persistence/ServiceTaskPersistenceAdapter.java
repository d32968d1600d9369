package fi.sote.booking.adapters.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

@ApplicationScoped
class ServiceTaskPersistenceAdapter implements ServiceTaskRepository {

    private final EntityManager entityManager;
    private final Entities entities = new Entities();

    ServiceTaskPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean addIfCodeFree(ServiceTask task) {
        // "on conflict do nothing" lets the unique constraint decide without aborting the transaction
        int inserted = entityManager
                .createNativeQuery("""
                insert into service_task (id, organisation_id, code, name_fi, name_sv, name_en, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (organisation_id, code) do nothing""")
                .setParameter(1, task.id().value())
                .setParameter(2, task.organisation().value())
                .setParameter(3, task.code())
                .setParameter(4, task.name().fi())
                .setParameter(5, task.name().sv())
                .setParameter(6, task.name().en())
                .setParameter(7, task.createdAt())
                .executeUpdate();
        return inserted == 1;
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

    /** Reloads through the domain's constructor, so stored data that breaks an invariant is noticed. */
    private static ServiceTask toDomain(ServiceTaskEntity entity) {
        return new ServiceTask(
                new ServiceTaskId(entity.id),
                new OrganisationId(entity.organisationId),
                entity.code,
                new LocalizedText(entity.nameFi, entity.nameSv, entity.nameEn),
                entity.createdAt);
    }

    /** Panache queries over the entity, kept out of the port's public face. */
    static final class Entities implements PanacheRepositoryBase<ServiceTaskEntity, UUID> {}
}
