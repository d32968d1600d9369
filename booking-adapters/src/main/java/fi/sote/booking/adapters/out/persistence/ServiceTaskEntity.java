package fi.sote.booking.adapters.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.sote.booking.domain.catalogue.ServiceTask;

@Entity
@Table(name = "service_task")
class ServiceTaskEntity {

    @Id
    UUID id;

    @Column(name = "organisation_id", nullable = false)
    String organisationId;

    @Column(nullable = false)
    String code;

    @Column(name = "name_fi", nullable = false)
    String nameFi;

    @Column(name = "name_sv")
    String nameSv;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    long version;

    boolean retired;

    static ServiceTaskEntity of(ServiceTask task) {
        ServiceTaskEntity entity = new ServiceTaskEntity();
        entity.id = task.id().value();
        entity.organisationId = task.organisation().value();
        entity.code = task.code();
        entity.nameFi = task.name().fi();
        entity.nameSv = task.name().sv();
        entity.nameEn = task.name().en();
        entity.createdAt = task.createdAt();
        entity.version = task.version();
        entity.retired = task.retired();
        return entity;
    }
}
