package fi.sote.booking.adapters.in.rest.catalogue;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import fi.sote.booking.adapters.in.rest.LocalizedTextDto;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.shared.LocalizedText;

/** Domain to REST views; the other direction is built by hand so that invariants are checked. */
@Mapper
interface ServiceTaskRestMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "organisation", source = "organisation.value")
    ServiceTaskView toView(ServiceTask serviceTask);

    List<ServiceTaskView> toViews(List<ServiceTask> serviceTasks);

    LocalizedTextDto toDto(LocalizedText text);
}
