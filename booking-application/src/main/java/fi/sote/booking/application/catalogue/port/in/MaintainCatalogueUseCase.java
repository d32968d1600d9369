package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;

/**
 * Keeps the catalogue besides the bookable products: changes its items and retires them. A change replaces the item's
 * fields with what a registration would describe (its code, or a resource's kind, stays); with the version the caller
 * read, only that version is changed. A retired item is used for nothing new (no new product of a retired social
 * service, no booking of a retired resource, no entry of a retired type), while what was made with it keeps it. An
 * item is not retired while what is in use depends on it: a service task's social services, a social service's
 * products, the products offering a contact mode, the resources at a service point, a resource's bookings to come.
 * Every change and retirement is recorded with who made it, when and which fields changed.
 *
 * <p>Each method takes the version the caller read (If-Match), or null.
 */
public interface MaintainCatalogueUseCase {

    Outcome<ServiceTask> changeServiceTask(
            Actor actor, ServiceTaskId id, Long expectedVersion, RegisterServiceTaskCommand to);

    Outcome<ServiceTask> retireServiceTask(Actor actor, ServiceTaskId id, Long expectedVersion);

    Outcome<SocialService> changeSocialService(
            Actor actor, SocialServiceId id, Long expectedVersion, RegisterSocialServiceCommand to);

    Outcome<SocialService> retireSocialService(Actor actor, SocialServiceId id, Long expectedVersion);

    Outcome<ServicePoint> changeServicePoint(
            Actor actor, ServicePointId id, Long expectedVersion, RegisterServicePointCommand to);

    Outcome<ServicePoint> retireServicePoint(Actor actor, ServicePointId id, Long expectedVersion);

    Outcome<Resource> changeResource(Actor actor, ResourceId id, Long expectedVersion, RegisterResourceCommand to);

    Outcome<Resource> retireResource(Actor actor, ResourceId id, Long expectedVersion);

    Outcome<ContactMode> changeContactMode(
            Actor actor, String code, Long expectedVersion, RegisterContactModeCommand to);

    Outcome<ContactMode> retireContactMode(Actor actor, String code, Long expectedVersion);

    Outcome<CalendarEntryType> changeEntryType(
            Actor actor, String code, Long expectedVersion, RegisterCalendarEntryTypeCommand to);

    Outcome<CalendarEntryType> retireEntryType(Actor actor, String code, Long expectedVersion);
}
