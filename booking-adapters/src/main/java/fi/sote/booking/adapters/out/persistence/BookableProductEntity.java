package fi.sote.booking.adapters.out.persistence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/** A bookable product; durations are whole minutes, contact modes and channels arrays of the row. */
@Entity
@Table(name = "bookable_product")
class BookableProductEntity {

    @Id
    UUID id;

    @Column(name = "organisation_id")
    String organisationId;

    String code;

    @Column(name = "social_service_id")
    UUID socialServiceId;

    @Column(name = "name_fi")
    String nameFi;

    @Column(name = "name_sv")
    String nameSv;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "duration_minutes")
    int durationMinutes;

    @Column(name = "contact_modes")
    String[] contactModes;

    int capacity;

    String[] channels;

    @Column(name = "min_notice_minutes")
    int minNoticeMinutes;

    @Column(name = "horizon_minutes")
    int horizonMinutes;

    @Column(name = "change_deadline_minutes")
    int changeDeadlineMinutes;

    @Column(name = "buffer_before_minutes")
    int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes")
    int bufferAfterMinutes;

    @Column(name = "guidance_fi")
    String guidanceFi;

    @Column(name = "guidance_sv")
    String guidanceSv;

    @Column(name = "guidance_en")
    String guidanceEn;

    @Column(name = "reminder_before_minutes")
    Integer reminderBeforeMinutes;

    @Column(name = "text_names_service")
    boolean textNamesService;

    @Column(name = "room_needed_for")
    String[] roomNeededFor;

    long version;

    boolean retired;

    /** A channel opened from a day as "CHANNEL:yyyy-mm-dd". */
    @Column(name = "channels_from")
    String[] channelsFrom;

    static BookableProductEntity of(BookableProduct product) {
        BookableProductEntity entity = new BookableProductEntity();
        entity.id = product.id().value();
        entity.organisationId = product.organisation().value();
        entity.code = product.code();
        entity.socialServiceId = product.socialService().value();
        entity.nameFi = product.name().fi();
        entity.nameSv = product.name().sv();
        entity.nameEn = product.name().en();
        entity.durationMinutes = (int) product.duration().toMinutes();
        entity.contactModes = product.contactModes().toArray(String[]::new);
        entity.capacity = product.capacity();
        entity.channels = product.channels().stream().map(Channel::name).toArray(String[]::new);
        entity.minNoticeMinutes = (int) product.selfService().minimumNotice().toMinutes();
        entity.horizonMinutes = (int) product.selfService().horizon().toMinutes();
        entity.changeDeadlineMinutes =
                (int) product.selfService().changeDeadline().toMinutes();
        entity.bufferBeforeMinutes = (int) product.bufferBefore().toMinutes();
        entity.bufferAfterMinutes = (int) product.bufferAfter().toMinutes();
        entity.guidanceFi = product.guidance().fi();
        entity.guidanceSv = product.guidance().sv();
        entity.guidanceEn = product.guidance().en();
        entity.reminderBeforeMinutes = product.reminderBefore() == null
                ? null
                : (int) product.reminderBefore().toMinutes();
        entity.textNamesService = product.textNamesService();
        entity.roomNeededFor = product.roomNeededFor().toArray(String[]::new);
        entity.version = product.version();
        entity.retired = product.retired();
        entity.channelsFrom = product.channelsFrom().entrySet().stream()
                .map(opening -> opening.getKey().name() + ":" + opening.getValue())
                .sorted()
                .toArray(String[]::new);
        return entity;
    }

    BookableProduct toDomain() {
        return new BookableProduct(
                new BookableProductId(id),
                new OrganisationId(organisationId),
                code,
                new SocialServiceId(socialServiceId),
                new LocalizedText(nameFi, nameSv, nameEn),
                Duration.ofMinutes(durationMinutes),
                Set.of(contactModes),
                capacity,
                Arrays.stream(channels).map(Channel::valueOf).collect(Collectors.toSet()),
                new SelfServiceRules(
                        Duration.ofMinutes(minNoticeMinutes),
                        Duration.ofMinutes(horizonMinutes),
                        Duration.ofMinutes(changeDeadlineMinutes)),
                Duration.ofMinutes(bufferBeforeMinutes),
                Duration.ofMinutes(bufferAfterMinutes),
                new GuidanceText(guidanceFi, guidanceSv, guidanceEn),
                reminderBeforeMinutes == null ? null : Duration.ofMinutes(reminderBeforeMinutes),
                textNamesService,
                Set.of(roomNeededFor),
                version,
                retired,
                Arrays.stream(channelsFrom)
                        .map(opening -> opening.split(":", 2))
                        .collect(Collectors.toMap(
                                opening -> Channel.valueOf(opening[0]), opening -> LocalDate.parse(opening[1]))));
    }
}
