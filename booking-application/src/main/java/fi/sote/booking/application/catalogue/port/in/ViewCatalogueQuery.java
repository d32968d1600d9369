package fi.sote.booking.application.catalogue.port.in;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Reads the organisation's catalogue; another organisation's items are never found. */
public interface ViewCatalogueQuery {

    List<ServiceTask> serviceTasks(OrganisationId organisation);

    Optional<ServiceTask> serviceTask(OrganisationId organisation, ServiceTaskId id);

    List<SocialService> socialServices(OrganisationId organisation);

    Optional<SocialService> socialService(OrganisationId organisation, SocialServiceId id);

    List<ServicePoint> servicePoints(OrganisationId organisation);

    Optional<ServicePoint> servicePoint(OrganisationId organisation, ServicePointId id);

    List<Resource> resources(OrganisationId organisation);

    Optional<Resource> resource(OrganisationId organisation, ResourceId id);

    List<ContactMode> contactModes(OrganisationId organisation);

    List<BookableProduct> products(OrganisationId organisation);

    Optional<BookableProduct> product(OrganisationId organisation, BookableProductId id);

    /** The recorded changes of the product, oldest first; empty when there is no such product. */
    Optional<List<CatalogueChange>> productChanges(OrganisationId organisation, BookableProductId id);

    /**
     * The recorded changes of the organisation's catalogue items of one kind, oldest first.
     *
     * @param entity the kind as its path names it ("social-services")
     * @param key one item's id (or a contact mode's or entry type's code), or null for every item of the kind
     */
    List<CatalogueChange> changes(OrganisationId organisation, String entity, String key);

    List<CalendarEntryType> entryTypes(OrganisationId organisation);
}
