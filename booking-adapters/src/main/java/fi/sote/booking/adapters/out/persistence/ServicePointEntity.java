package fi.sote.booking.adapters.out.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/** A service point; its opening hours are a JSON array of {day, opens, closes} ({@link OpeningHoursJson}). */
@Entity
@Table(name = "service_point")
class ServicePointEntity {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    String organisationId;

    String code;

    @Column(name = "name_fi")
    String nameFi;

    @Column(name = "name_sv")
    String nameSv;

    @Column(name = "name_en")
    String nameEn;

    String street;

    @Column(name = "postal_code")
    String postalCode;

    @Column(name = "post_office")
    String postOffice;

    @Column(name = "opening_hours")
    @ColumnTransformer(write = "?::jsonb")
    String openingHours;

    long version;

    boolean retired;

    static ServicePointEntity of(ServicePoint point, OpeningHoursJson json) {
        ServicePointEntity entity = new ServicePointEntity();
        entity.id = point.id().value();
        entity.organisationId = point.organisation().value();
        entity.code = point.code();
        entity.nameFi = point.name().fi();
        entity.nameSv = point.name().sv();
        entity.nameEn = point.name().en();
        entity.street = point.address().street();
        entity.postalCode = point.address().postalCode();
        entity.postOffice = point.address().postOffice();
        entity.openingHours = json.write(point.openingHours());
        entity.version = point.version();
        entity.retired = point.retired();
        return entity;
    }

    ServicePoint toDomain(OpeningHoursJson json) {
        return new ServicePoint(
                new ServicePointId(id),
                new OrganisationId(organisationId),
                code,
                new LocalizedText(nameFi, nameSv, nameEn),
                new Address(street, postalCode, postOffice),
                json.read(openingHours),
                version,
                retired);
    }
}
