package fi.sote.booking.application.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the catalogue port with the database's contract: codes unique per organisation. */
public final class InMemoryCatalogue implements CatalogueRepository {

    private final List<SocialService> socialServices = new ArrayList<>();
    private final List<ServicePoint> servicePoints = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<ContactMode> contactModes = new ArrayList<>();
    private final List<CatalogueChange> changes = new ArrayList<>();
    private final List<BookableProduct> products = new ArrayList<>();
    private final List<CalendarEntryType> entryTypes = new ArrayList<>();

    @Override
    public boolean add(SocialService value) {
        return addUnique(
                socialServices,
                value,
                v -> v.organisation().equals(value.organisation()) && v.code().equals(value.code()));
    }

    @Override
    public boolean add(ServicePoint value) {
        return addUnique(
                servicePoints,
                value,
                v -> v.organisation().equals(value.organisation()) && v.code().equals(value.code()));
    }

    @Override
    public boolean add(ContactMode value) {
        return addUnique(
                contactModes,
                value,
                v -> v.organisation().equals(value.organisation()) && v.code().equals(value.code()));
    }

    @Override
    public boolean add(BookableProduct value) {
        return addUnique(
                products,
                value,
                v -> v.organisation().equals(value.organisation()) && v.code().equals(value.code()));
    }

    @Override
    public boolean add(CalendarEntryType value) {
        return addUnique(
                entryTypes,
                value,
                v -> v.organisation().equals(value.organisation()) && v.code().equals(value.code()));
    }

    @Override
    public boolean add(Resource resource) {
        if (resource.subject() != null
                && resources.stream()
                        .anyMatch(other -> other.organisation().equals(resource.organisation())
                                && resource.subject().equals(other.subject()))) {
            return false;
        }
        resources.add(resource);
        return true;
    }

    @Override
    public List<SocialService> socialServices(OrganisationId organisation) {
        return of(socialServices, v -> v.organisation().equals(organisation));
    }

    @Override
    public Optional<SocialService> socialService(OrganisationId organisation, SocialServiceId id) {
        return socialServices(organisation).stream()
                .filter(v -> v.id().equals(id))
                .findFirst();
    }

    @Override
    public List<ServicePoint> servicePoints(OrganisationId organisation) {
        return of(servicePoints, v -> v.organisation().equals(organisation));
    }

    @Override
    public Optional<ServicePoint> servicePoint(OrganisationId organisation, ServicePointId id) {
        return servicePoints(organisation).stream()
                .filter(v -> v.id().equals(id))
                .findFirst();
    }

    @Override
    public List<Resource> resources(OrganisationId organisation) {
        return of(resources, v -> v.organisation().equals(organisation));
    }

    @Override
    public Optional<Resource> resource(OrganisationId organisation, ResourceId id) {
        return resources(organisation).stream().filter(v -> v.id().equals(id)).findFirst();
    }

    @Override
    public List<ContactMode> contactModes(OrganisationId organisation) {
        return of(contactModes, v -> v.organisation().equals(organisation));
    }

    @Override
    public List<BookableProduct> products(OrganisationId organisation) {
        return of(products, v -> v.organisation().equals(organisation));
    }

    @Override
    public Optional<BookableProduct> product(OrganisationId organisation, BookableProductId id) {
        return products(organisation).stream().filter(v -> v.id().equals(id)).findFirst();
    }

    @Override
    public List<CalendarEntryType> entryTypes(OrganisationId organisation) {
        return of(entryTypes, v -> v.organisation().equals(organisation));
    }

    @Override
    public Optional<CalendarEntryType> entryType(OrganisationId organisation, String code) {
        return entryTypes(organisation).stream()
                .filter(v -> v.code().equals(code))
                .findFirst();
    }

    @Override
    public Optional<BookableProduct> storedProduct(OrganisationId organisation, BookableProductId id) {
        return product(organisation, id);
    }

    @Override
    public boolean replace(BookableProduct previous, BookableProduct next, CatalogueChange change) {
        for (int i = 0; i < products.size(); i++) {
            BookableProduct stored = products.get(i);
            if (stored.organisation().equals(previous.organisation())
                    && stored.id().equals(previous.id())) {
                if (stored.version() != previous.version()) {
                    return false;
                }
                products.set(i, next);
                changes.add(change);
                return true;
            }
        }
        return false;
    }

    @Override
    public List<CatalogueChange> changes(OrganisationId organisation, UUID entity) {
        return changes.stream()
                .filter(change -> change.id().equals(entity)
                        && products.stream()
                                .anyMatch(product -> product.organisation().equals(organisation)
                                        && product.id().value().equals(entity)))
                .toList();
    }

    @Override
    public List<BookableProductId> unknownProducts(OrganisationId organisation, Collection<BookableProductId> ids) {
        return ids.stream().filter(id -> product(organisation, id).isEmpty()).toList();
    }

    private static <T> boolean addUnique(List<T> values, T value, Predicate<T> sameCode) {
        if (values.stream().anyMatch(sameCode)) {
            return false;
        }
        values.add(value);
        return true;
    }

    private static <T> List<T> of(List<T> values, Predicate<T> filter) {
        return values.stream().filter(filter).toList();
    }
}
