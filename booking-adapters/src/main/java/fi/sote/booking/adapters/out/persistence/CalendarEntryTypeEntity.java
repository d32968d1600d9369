package fi.sote.booking.adapters.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

@Entity
@Table(name = "calendar_entry_type")
@IdClass(OrganisationCode.class)
class CalendarEntryTypeEntity {

    @Id
    @Column(name = "organisation_id")
    String organisationId;

    @Id
    String code;

    @Enumerated(EnumType.STRING)
    EntryCategory category;

    @Column(name = "blocks_booking")
    boolean blocksBooking;

    @Column(name = "name_fi")
    String nameFi;

    @Column(name = "name_sv")
    String nameSv;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "label_fi")
    String labelFi;

    @Column(name = "label_sv")
    String labelSv;

    @Column(name = "label_en")
    String labelEn;

    long version;

    boolean retired;

    static CalendarEntryTypeEntity of(CalendarEntryType type) {
        CalendarEntryTypeEntity entity = new CalendarEntryTypeEntity();
        entity.organisationId = type.organisation().value();
        entity.code = type.code();
        entity.category = type.category();
        entity.blocksBooking = type.blocksBooking();
        entity.nameFi = type.name().fi();
        entity.nameSv = type.name().sv();
        entity.nameEn = type.name().en();
        entity.labelFi = type.neutralLabel().fi();
        entity.labelSv = type.neutralLabel().sv();
        entity.labelEn = type.neutralLabel().en();
        entity.version = type.version();
        entity.retired = type.retired();
        return entity;
    }

    CalendarEntryType toDomain() {
        return new CalendarEntryType(
                new OrganisationId(organisationId),
                code,
                category,
                blocksBooking,
                new LocalizedText(nameFi, nameSv, nameEn),
                new LocalizedText(labelFi, labelSv, labelEn),
                version,
                retired);
    }
}
