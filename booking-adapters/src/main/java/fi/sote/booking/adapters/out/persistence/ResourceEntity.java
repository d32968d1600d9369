package fi.sote.booking.adapters.out.persistence;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** A resource; the services, languages and service points it has are arrays of the row. */
@Entity
@Table(name = "resource")
class ResourceEntity {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    String organisationId;

    @Enumerated(EnumType.STRING)
    ResourceKind kind;

    String name;

    String title;

    String subject;

    String team;

    @Column(name = "supervisor_subject")
    String supervisorSubject;

    @Column(name = "social_service_ids")
    UUID[] socialServiceIds;

    String[] languages;

    @Column(name = "service_point_ids")
    UUID[] servicePointIds;

    long version;

    boolean retired;

    static ResourceEntity of(Resource resource) {
        ResourceEntity entity = new ResourceEntity();
        entity.id = resource.id().value();
        entity.organisationId = resource.organisation().value();
        entity.kind = resource.kind();
        entity.name = resource.name();
        entity.title = resource.title();
        entity.subject = resource.subject();
        entity.team = resource.team();
        entity.supervisorSubject = resource.supervisorSubject();
        entity.socialServiceIds =
                resource.socialServices().stream().map(SocialServiceId::value).toArray(UUID[]::new);
        entity.languages = resource.languages().toArray(String[]::new);
        entity.servicePointIds =
                resource.servicePoints().stream().map(ServicePointId::value).toArray(UUID[]::new);
        entity.version = resource.version();
        entity.retired = resource.retired();
        return entity;
    }

    Resource toDomain() {
        return new Resource(
                new ResourceId(id),
                new OrganisationId(organisationId),
                kind,
                name,
                title,
                subject,
                Arrays.stream(socialServiceIds).map(SocialServiceId::new).collect(Collectors.toSet()),
                Set.of(languages),
                Arrays.stream(servicePointIds).map(ServicePointId::new).collect(Collectors.toSet()),
                team,
                supervisorSubject,
                version,
                retired);
    }
}
