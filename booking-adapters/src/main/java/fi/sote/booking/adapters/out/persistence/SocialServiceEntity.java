package fi.sote.booking.adapters.out.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

@Entity
@Table(name = "social_service")
class SocialServiceEntity {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    String organisationId;

    String code;

    @Column(name = "thl_code")
    String thlCode;

    @Column(name = "service_task_id")
    UUID serviceTaskId;

    @Column(name = "name_fi")
    String nameFi;

    @Column(name = "name_sv")
    String nameSv;

    @Column(name = "name_en")
    String nameEn;

    long version;

    boolean retired;

    static SocialServiceEntity of(SocialService service) {
        SocialServiceEntity entity = new SocialServiceEntity();
        entity.id = service.id().value();
        entity.organisationId = service.organisation().value();
        entity.code = service.code();
        entity.thlCode = service.thlCode();
        entity.serviceTaskId = service.serviceTask().value();
        entity.nameFi = service.name().fi();
        entity.nameSv = service.name().sv();
        entity.nameEn = service.name().en();
        entity.version = service.version();
        entity.retired = service.retired();
        return entity;
    }

    SocialService toDomain() {
        return new SocialService(
                new SocialServiceId(id),
                new OrganisationId(organisationId),
                code,
                thlCode,
                new ServiceTaskId(serviceTaskId),
                new LocalizedText(nameFi, nameSv, nameEn),
                version,
                retired);
    }
}
