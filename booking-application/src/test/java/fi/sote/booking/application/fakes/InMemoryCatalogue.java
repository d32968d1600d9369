package fi.sote.booking.application.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Kept;
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
    private final List<Recorded> changes = new ArrayList<>();
    private final List<BookableProduct> products = new ArrayList<>();
    private final List<CalendarEntryType> entryTypes = new ArrayList<>();
    /** The lists above by the kind of item they keep. */
    private final Map<Class<?>, List<?>> kinds = Map.of(
            SocialService.class, socialServices,
            ServicePoint.class, servicePoints,
            Resource.class, resources,
            ContactMode.class, contactModes,
            BookableProduct.class, products,
            CalendarEntryType.class, entryTypes);

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
    public synchronized <T extends Kept<T>> Optional<T> stored(Class<T> kind, OrganisationId organisation, String key) {
        return items(kind).stream()
                .filter(item ->
                        item.organisation().equals(organisation) && item.key().equals(key))
                .findFirst();
    }

    @Override
    public synchronized <T extends Kept<T>> boolean replace(T previous, T next, CatalogueChange change) {
        @SuppressWarnings("unchecked")
        List<T> items = items((Class<T>) previous.getClass());
        for (int i = 0; i < items.size(); i++) {
            T stored = items.get(i);
            if (stored.organisation().equals(previous.organisation())
                    && stored.key().equals(previous.key())) {
                if (stored.version() != previous.version()) {
                    return false;
                }
                items.set(i, next);
                record(previous.organisation(), change);
                return true;
            }
        }
        return false;
    }

    /** Keeps the record of a change, as the one table of the changes does for every kind. */
    synchronized void record(OrganisationId organisation, CatalogueChange change) {
        changes.add(new Recorded(organisation, change));
    }

    @Override
    public synchronized List<CatalogueChange> changes(OrganisationId organisation, String entity, String key) {
        return changes.stream()
                .filter(recorded -> recorded.organisation().equals(organisation)
                        && recorded.change().entity().equals(entity)
                        && (key == null || recorded.change().key().equals(key)))
                .map(Recorded::change)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> items(Class<T> kind) {
        List<?> items = kinds.get(kind);
        if (items == null) {
            throw new IllegalArgumentException("Not kept in the catalogue: " + kind);
        }
        return (List<T>) items;
    }

    private record Recorded(OrganisationId organisation, CatalogueChange change) {}

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
