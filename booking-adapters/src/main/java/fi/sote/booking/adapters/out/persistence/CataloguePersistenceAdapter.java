package fi.sote.booking.adapters.out.persistence;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

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

/**
 * The catalogue in PostgreSQL, as Panache entities: plain rows, each mapped to its domain record by hand, so that
 * every read rebuilds the record through its constructor (ADR 0006). Codes are unique per organisation, which the
 * database decides ({@link UniqueRows}). The reference data every slot search and booking needs (social services,
 * service points, contact modes, products, resources) is read once per organisation into a snapshot: a change made
 * through this instance replaces the snapshot at once, one made through another instance is seen within
 * {@code booking.catalogue.snapshot-ttl} (default 5 seconds).
 */
@ApplicationScoped
class CataloguePersistenceAdapter implements CatalogueRepository {

    /** The organisation's reference data as read at one moment. */
    private record Snapshot(
            List<SocialService> socialServices,
            List<ServicePoint> servicePoints,
            List<ContactMode> contactModes,
            List<BookableProduct> products,
            List<Resource> resources,
            Map<ResourceId, Resource> resourcesById,
            long readAt) {

        Snapshot(
                List<SocialService> socialServices,
                List<ServicePoint> servicePoints,
                List<ContactMode> contactModes,
                List<BookableProduct> products,
                List<Resource> resources,
                long readAt) {
            this(
                    socialServices,
                    servicePoints,
                    contactModes,
                    products,
                    resources,
                    resources.stream().collect(Collectors.toUnmodifiableMap(Resource::id, Function.identity())),
                    readAt);
        }
    }

    static final class SocialServices implements PanacheRepositoryBase<SocialServiceEntity, UUID> {}

    static final class ServicePoints implements PanacheRepositoryBase<ServicePointEntity, UUID> {}

    static final class ContactModes implements PanacheRepositoryBase<ContactModeEntity, OrganisationCode> {}

    static final class EntryTypes implements PanacheRepositoryBase<CalendarEntryTypeEntity, OrganisationCode> {}

    static final class Products implements PanacheRepositoryBase<BookableProductEntity, UUID> {}

    static final class Resources implements PanacheRepositoryBase<ResourceEntity, UUID> {}

    private static final String SAME_CODE = "organisationId = ?1 and code = ?2";
    private static final String BY_CODE = "organisationId = ?1 order by code";

    private final SocialServices socialServices = new SocialServices();
    private final ServicePoints servicePoints = new ServicePoints();
    private final ContactModes contactModes = new ContactModes();
    private final EntryTypes entryTypes = new EntryTypes();
    private final Products products = new Products();
    private final Resources resources = new Resources();
    private final KeptRows kept;
    private final Map<Class<?>, KeptRows.Kind<?, ?>> kinds;
    private final OpeningHoursJson openingHours;
    private final ReleaseSnapshots releaseSnapshots;
    private final TransactionSynchronizationRegistry transactions;
    private final long snapshotTtlNanos;
    private final ConcurrentMap<OrganisationId, Snapshot> snapshots = new ConcurrentHashMap<>();
    /** Counts the writes begun and ended, so that a snapshot read across one is not kept. */
    private final AtomicLong writes = new AtomicLong();

    CataloguePersistenceAdapter(
            KeptRows kept,
            OpeningHoursJson openingHours,
            ReleaseSnapshots releaseSnapshots,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "booking.catalogue.snapshot-ttl", defaultValue = "PT5S") Duration snapshotTtl) {
        this.kept = kept;
        this.openingHours = openingHours;
        this.releaseSnapshots = releaseSnapshots;
        this.transactions = transactions;
        this.snapshotTtlNanos = snapshotTtl.toNanos();
        this.kinds = kinds();
    }

    private Snapshot snapshot(OrganisationId organisation) {
        Snapshot snapshot = snapshots.get(organisation);
        if (snapshot == null || System.nanoTime() - snapshot.readAt() > snapshotTtlNanos) {
            long writes = this.writes.get();
            String id = organisation.value();
            List<SocialServiceEntity> serviceRows = socialServices.list(BY_CODE, id);
            List<ServicePointEntity> pointRows = servicePoints.list(BY_CODE, id);
            List<ContactModeEntity> modeRows = contactModes.list(BY_CODE, id);
            List<BookableProductEntity> productRows = products.list(BY_CODE, id);
            List<ResourceEntity> resourceRows = resources.list("organisationId = ?1 order by name, id", id);
            snapshot = new Snapshot(
                    serviceRows.stream().map(SocialServiceEntity::toDomain).toList(),
                    pointRows.stream()
                            .map(point -> point.toDomain(openingHours))
                            .toList(),
                    modeRows.stream().map(ContactModeEntity::toDomain).toList(),
                    productRows.stream().map(BookableProductEntity::toDomain).toList(),
                    resourceRows.stream().map(ResourceEntity::toDomain).toList(),
                    System.nanoTime());
            // The rows were read into this thread's session, which a background round keeps for the whole round: let
            // them go, or the next read in that session (after a write elsewhere dropped the snapshot) would be given
            // these instances again instead of the rows as they are now, and keep them as a snapshot.
            EntityManager session = socialServices.getEntityManager();
            Stream.of(serviceRows, pointRows, modeRows, productRows, resourceRows)
                    .flatMap(List::stream)
                    .forEach(session::detach);
            // what was read while a write went on may lack it: used this once, but not kept
            if (this.writes.get() == writes) {
                snapshots.put(organisation, snapshot);
            }
        }
        return snapshot;
    }

    /**
     * Called after every write: the next read of the organisation sees the database again. The snapshot is dropped
     * now and once more when the transaction has ended, since a reader elsewhere (a background job, another request)
     * may have read the organisation again before the write was committed, and kept what it read.
     */
    private boolean changed(OrganisationId organisation, boolean written) {
        writes.incrementAndGet();
        snapshots.remove(organisation);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    writes.incrementAndGet();
                    snapshots.remove(organisation);
                }
            });
        }
        return written;
    }

    @Override
    public boolean add(SocialService service) {
        return changed(
                service.organisation(),
                UniqueRows.add(
                        socialServices,
                        SocialServiceEntity.of(service),
                        SAME_CODE,
                        service.organisation().value(),
                        service.code()));
    }

    @Override
    public boolean add(ServicePoint point) {
        return changed(
                point.organisation(),
                UniqueRows.add(
                        servicePoints,
                        ServicePointEntity.of(point, openingHours),
                        SAME_CODE,
                        point.organisation().value(),
                        point.code()));
    }

    @Override
    public boolean add(ContactMode mode) {
        return changed(
                mode.organisation(),
                UniqueRows.add(
                        contactModes,
                        ContactModeEntity.of(mode),
                        SAME_CODE,
                        mode.organisation().value(),
                        mode.code()));
    }

    @Override
    public boolean add(BookableProduct product) {
        return changed(
                product.organisation(),
                UniqueRows.add(
                        products,
                        BookableProductEntity.of(product),
                        SAME_CODE,
                        product.organisation().value(),
                        product.code()));
    }

    @Override
    public boolean add(CalendarEntryType type) {
        return UniqueRows.add(
                entryTypes,
                CalendarEntryTypeEntity.of(type),
                SAME_CODE,
                type.organisation().value(),
                type.code());
    }

    @Override
    public boolean add(Resource resource) {
        boolean added = resource.subject() == null
                ? persisted(ResourceEntity.of(resource))
                : UniqueRows.add(
                        resources,
                        ResourceEntity.of(resource),
                        "organisationId = ?1 and subject = ?2",
                        resource.organisation().value(),
                        resource.subject());
        releaseSnapshots.changed(resource.organisation());
        return changed(resource.organisation(), added);
    }

    private boolean persisted(ResourceEntity resource) {
        resources.persistAndFlush(resource);
        return true;
    }

    @Override
    public List<SocialService> socialServices(OrganisationId organisation) {
        return snapshot(organisation).socialServices();
    }

    @Override
    public Optional<SocialService> socialService(OrganisationId organisation, SocialServiceId id) {
        return socialServices(organisation).stream()
                .filter(service -> service.id().equals(id))
                .findFirst();
    }

    @Override
    public List<ServicePoint> servicePoints(OrganisationId organisation) {
        return snapshot(organisation).servicePoints();
    }

    @Override
    public Optional<ServicePoint> servicePoint(OrganisationId organisation, ServicePointId id) {
        return servicePoints(organisation).stream()
                .filter(point -> point.id().equals(id))
                .findFirst();
    }

    @Override
    public List<Resource> resources(OrganisationId organisation) {
        return snapshot(organisation).resources();
    }

    @Override
    public Optional<Resource> resource(OrganisationId organisation, ResourceId id) {
        return Optional.ofNullable(snapshot(organisation).resourcesById().get(id));
    }

    @Override
    public List<ContactMode> contactModes(OrganisationId organisation) {
        return snapshot(organisation).contactModes();
    }

    @Override
    public List<BookableProduct> products(OrganisationId organisation) {
        return snapshot(organisation).products();
    }

    @Override
    public Optional<BookableProduct> product(OrganisationId organisation, BookableProductId id) {
        return products(organisation).stream()
                .filter(product -> product.id().equals(id))
                .findFirst();
    }

    @Override
    public List<CalendarEntryType> entryTypes(OrganisationId organisation) {
        return entryTypes.list(BY_CODE, organisation.value()).stream()
                .map(CalendarEntryTypeEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<CalendarEntryType> entryType(OrganisationId organisation, String code) {
        return code == null
                ? Optional.empty()
                : entryTypes
                        .findByIdOptional(new OrganisationCode(
                                organisation.value(), code.strip().toUpperCase(Locale.ROOT)))
                        .map(CalendarEntryTypeEntity::toDomain);
    }

    @Override
    public <T extends Kept<T>> Optional<T> stored(Class<T> kind, OrganisationId organisation, String key) {
        return kept.stored(kind(kind), organisation, key);
    }

    /**
     * The item's row replaced over the version it was read at and the change's record inserted; no row is replaced,
     * and no record kept, when another change came first.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T extends Kept<T>> boolean replace(T previous, T next, CatalogueChange change) {
        boolean replaced = kept.replace(kind((Class<T>) previous.getClass()), previous, next, change);
        if (previous instanceof Resource) {
            releaseSnapshots.changed(previous.organisation());
        }
        return changed(next.organisation(), replaced);
    }

    @Override
    public List<CatalogueChange> changes(OrganisationId organisation, String entity, String key) {
        return kept.changes(organisation, entity, key);
    }

    @SuppressWarnings("unchecked")
    private <T extends Kept<T>> KeptRows.Kind<T, ?> kind(Class<T> type) {
        KeptRows.Kind<?, ?> kind = kinds.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("Not kept in the catalogue: " + type);
        }
        return (KeptRows.Kind<T, ?>) kind;
    }

    /** The kinds of item this adapter keeps, by their domain type. */
    private Map<Class<?>, KeptRows.Kind<?, ?>> kinds() {
        return Map.of(
                SocialService.class,
                new KeptRows.Kind<SocialService, SocialServiceEntity>(
                        "social_service",
                        "id",
                        socialServices,
                        (organisation, key) -> UUID.fromString(key),
                        service -> service.id().value(),
                        row -> row.organisationId,
                        SocialServiceEntity::of,
                        SocialServiceEntity::toDomain),
                ServicePoint.class,
                new KeptRows.Kind<ServicePoint, ServicePointEntity>(
                        "service_point",
                        "id",
                        servicePoints,
                        (organisation, key) -> UUID.fromString(key),
                        point -> point.id().value(),
                        row -> row.organisationId,
                        point -> ServicePointEntity.of(point, openingHours),
                        row -> row.toDomain(openingHours)),
                Resource.class,
                new KeptRows.Kind<Resource, ResourceEntity>(
                        "resource",
                        "id",
                        resources,
                        (organisation, key) -> UUID.fromString(key),
                        resource -> resource.id().value(),
                        row -> row.organisationId,
                        ResourceEntity::of,
                        ResourceEntity::toDomain),
                ContactMode.class,
                new KeptRows.Kind<ContactMode, ContactModeEntity>(
                        "contact_mode",
                        "code",
                        contactModes,
                        (organisation, key) -> new OrganisationCode(organisation.value(), key),
                        ContactMode::code,
                        row -> row.organisationId,
                        ContactModeEntity::of,
                        ContactModeEntity::toDomain),
                CalendarEntryType.class,
                new KeptRows.Kind<CalendarEntryType, CalendarEntryTypeEntity>(
                        "calendar_entry_type",
                        "code",
                        entryTypes,
                        (organisation, key) -> new OrganisationCode(organisation.value(), key),
                        CalendarEntryType::code,
                        row -> row.organisationId,
                        CalendarEntryTypeEntity::of,
                        CalendarEntryTypeEntity::toDomain),
                BookableProduct.class,
                new KeptRows.Kind<BookableProduct, BookableProductEntity>(
                        "bookable_product",
                        "id",
                        products,
                        (organisation, key) -> UUID.fromString(key),
                        product -> product.id().value(),
                        row -> row.organisationId,
                        BookableProductEntity::of,
                        BookableProductEntity::toDomain));
    }

    @Override
    public List<BookableProductId> unknownProducts(OrganisationId organisation, Collection<BookableProductId> ids) {
        Set<BookableProductId> known =
                products(organisation).stream().map(BookableProduct::id).collect(Collectors.toSet());
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }
}
