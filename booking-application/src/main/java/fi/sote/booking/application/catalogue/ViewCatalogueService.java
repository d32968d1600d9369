package fi.sote.booking.application.catalogue;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
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

public final class ViewCatalogueService implements ViewCatalogueQuery {

    private final ServiceTaskRepository serviceTasks;
    private final CatalogueRepository catalogue;

    public ViewCatalogueService(ServiceTaskRepository serviceTasks, CatalogueRepository catalogue) {
        this.serviceTasks = serviceTasks;
        this.catalogue = catalogue;
    }

    @Override
    public List<ServiceTask> serviceTasks(OrganisationId organisation) {
        return serviceTasks.findAll(organisation);
    }

    @Override
    public Optional<ServiceTask> serviceTask(OrganisationId organisation, ServiceTaskId id) {
        return serviceTasks.findById(organisation, id);
    }

    @Override
    public List<SocialService> socialServices(OrganisationId organisation) {
        return catalogue.socialServices(organisation);
    }

    @Override
    public Optional<SocialService> socialService(OrganisationId organisation, SocialServiceId id) {
        return catalogue.socialService(organisation, id);
    }

    @Override
    public List<ServicePoint> servicePoints(OrganisationId organisation) {
        return catalogue.servicePoints(organisation);
    }

    @Override
    public Optional<ServicePoint> servicePoint(OrganisationId organisation, ServicePointId id) {
        return catalogue.servicePoint(organisation, id);
    }

    @Override
    public List<Resource> resources(OrganisationId organisation) {
        return catalogue.resources(organisation);
    }

    @Override
    public Optional<Resource> resource(OrganisationId organisation, ResourceId id) {
        return catalogue.resource(organisation, id);
    }

    @Override
    public List<ContactMode> contactModes(OrganisationId organisation) {
        return catalogue.contactModes(organisation);
    }

    @Override
    public List<BookableProduct> products(OrganisationId organisation) {
        return catalogue.products(organisation);
    }

    @Override
    public Optional<BookableProduct> product(OrganisationId organisation, BookableProductId id) {
        return catalogue.product(organisation, id);
    }

    @Override
    public Optional<List<CatalogueChange>> productChanges(OrganisationId organisation, BookableProductId id) {
        return catalogue
                .product(organisation, id)
                .map(product -> catalogue.changes(
                        organisation,
                        CatalogueChange.BOOKABLE_PRODUCTS,
                        id.value().toString()));
    }

    @Override
    public List<CatalogueChange> changes(OrganisationId organisation, String entity, String key) {
        return catalogue.changes(organisation, entity, key);
    }

    @Override
    public List<CalendarEntryType> entryTypes(OrganisationId organisation) {
        return catalogue.entryTypes(organisation);
    }
}
