package fi.sote.booking.adapters.in.rest.catalogue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import fi.sote.booking.adapters.in.rest.LocalizedTextDto;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.AddressDto;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.BookableProductView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.CalendarEntryTypeView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.CatalogueChangeView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ChannelOpeningDto;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ContactModeView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.GuidanceTextDto;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.OpeningHoursDto;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ResourceView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.SelfServiceRulesDto;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.ServicePointView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.SocialServiceView;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.OpeningHours;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/** Domain to REST views of the catalogue; requests are built into the domain by hand (invariants). */
@Mapper
public interface CatalogueRestMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "organisation", source = "organisation.value")
    ServiceTaskView toView(ServiceTask serviceTask);

    @Mapping(target = "serviceTaskId", source = "serviceTask")
    SocialServiceView toView(SocialService socialService);

    @Mapping(target = "area", expression = "java(servicePoint.area())")
    ServicePointView toView(ServicePoint servicePoint);

    @Mapping(target = "socialServiceIds", source = "socialServices")
    @Mapping(target = "servicePointIds", source = "servicePoints")
    ResourceView toView(Resource resource);

    ContactModeView toView(ContactMode contactMode);

    @Mapping(target = "socialServiceId", source = "socialService")
    @Mapping(target = "durationMinutes", source = "duration")
    @Mapping(target = "bufferBeforeMinutes", source = "bufferBefore")
    @Mapping(target = "bufferAfterMinutes", source = "bufferAfter")
    @Mapping(
            target = "reminderBeforeMinutes",
            expression = "java(product.reminderBefore() == null ? null : (int) product.reminderBefore().toMinutes())")
    BookableProductView toView(BookableProduct product);

    /** The channels opening later, in the order of the channels. */
    default List<ChannelOpeningDto> channelsFrom(Map<Channel, LocalDate> channelsFrom) {
        return channelsFrom.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(opening -> new ChannelOpeningDto(opening.getKey(), opening.getValue()))
                .toList();
    }

    CalendarEntryTypeView toView(CalendarEntryType entryType);

    CatalogueChangeView toView(CatalogueChange change);

    List<CatalogueChangeView> changeViews(List<CatalogueChange> changes);

    @Mapping(target = "minimumNoticeMinutes", source = "minimumNotice")
    @Mapping(target = "horizonDays", expression = "java((int) rules.horizon().toDays())")
    @Mapping(target = "changeDeadlineMinutes", source = "changeDeadline")
    SelfServiceRulesDto toDto(SelfServiceRules rules);

    LocalizedTextDto toDto(LocalizedText text);

    GuidanceTextDto toDto(GuidanceText text);

    AddressDto toDto(Address address);

    OpeningHoursDto toDto(OpeningHours hours);

    List<ServiceTaskView> serviceTaskViews(List<ServiceTask> values);

    List<SocialServiceView> socialServiceViews(List<SocialService> values);

    List<ServicePointView> servicePointViews(List<ServicePoint> values);

    List<ResourceView> resourceViews(List<Resource> values);

    List<ContactModeView> contactModeViews(List<ContactMode> values);

    List<BookableProductView> productViews(List<BookableProduct> values);

    List<CalendarEntryTypeView> entryTypeViews(List<CalendarEntryType> values);

    default UUID id(ServiceTaskId id) {
        return id.value();
    }

    default UUID id(SocialServiceId id) {
        return id.value();
    }

    default UUID id(ServicePointId id) {
        return id.value();
    }

    default UUID id(ResourceId id) {
        return id.value();
    }

    default UUID id(BookableProductId id) {
        return id.value();
    }

    default String organisation(OrganisationId organisation) {
        return organisation.value();
    }

    default int minutes(Duration duration) {
        return (int) duration.toMinutes();
    }
}
