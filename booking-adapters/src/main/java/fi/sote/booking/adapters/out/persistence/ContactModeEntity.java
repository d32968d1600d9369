package fi.sote.booking.adapters.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

@Entity
@Table(name = "contact_mode")
@IdClass(OrganisationCode.class)
class ContactModeEntity {

    @Id
    @Column(name = "organisation_id")
    String organisationId;

    @Id
    String code;

    @Column(name = "thl_code")
    String thlCode;

    @Column(name = "name_fi")
    String nameFi;

    @Column(name = "name_sv")
    String nameSv;

    @Column(name = "name_en")
    String nameEn;

    boolean remote;

    long version;

    boolean retired;

    static ContactModeEntity of(ContactMode mode) {
        ContactModeEntity entity = new ContactModeEntity();
        entity.organisationId = mode.organisation().value();
        entity.code = mode.code();
        entity.thlCode = mode.thlCode();
        entity.nameFi = mode.name().fi();
        entity.nameSv = mode.name().sv();
        entity.nameEn = mode.name().en();
        entity.remote = mode.remote();
        entity.version = mode.version();
        entity.retired = mode.retired();
        return entity;
    }

    ContactMode toDomain() {
        return new ContactMode(
                new OrganisationId(organisationId),
                code,
                thlCode,
                new LocalizedText(nameFi, nameSv, nameEn),
                remote,
                version,
                retired);
    }
}
