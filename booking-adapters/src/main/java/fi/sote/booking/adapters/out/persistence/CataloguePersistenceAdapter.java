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

import jakarta.enterprise.context.ApplicationScoped;
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
    private final Sql sql;
    private final OpeningHoursJson openingHours;
    private final ReleaseSnapshots releaseSnapshots;
    private final TransactionSynchronizationRegistry transactions;
    private final long snapshotTtlNanos;
    private final ConcurrentMap<OrganisationId, Snapshot> snapshots = new ConcurrentHashMap<>();
    /** Counts the writes begun and ended, so that a snapshot read across one is not kept. */
    private final AtomicLong writes = new AtomicLong();

    CataloguePersistenceAdapter(
            Sql sql,
            OpeningHoursJson openingHours,
            ReleaseSnapshots releaseSnapshots,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "booking.catalogue.snapshot-ttl", defaultValue = "PT5S") Duration snapshotTtl) {
        this.sql = sql;
        this.openingHours = openingHours;
        this.releaseSnapshots = releaseSnapshots;
        this.transactions = transactions;
        this.snapshotTtlNanos = snapshotTtl.toNanos();
    }

    private Snapshot snapshot(OrganisationId organisation) {
        Snapshot snapshot = snapshots.get(organisation);
        if (snapshot == null || System.nanoTime() - snapshot.readAt() > snapshotTtlNanos) {
            long writes = this.writes.get();
            String id = organisation.value();
            snapshot = new Snapshot(
                    socialServices.list(BY_CODE, id).stream()
                            .map(SocialServiceEntity::toDomain)
                            .toList(),
                    servicePoints.list(BY_CODE, id).stream()
                            .map(point -> point.toDomain(openingHours))
                            .toList(),
                    contactModes.list(BY_CODE, id).stream()
                            .map(ContactModeEntity::toDomain)
                            .toList(),
                    products.list(BY_CODE, id).stream()
                            .map(BookableProductEntity::toDomain)
                            .toList(),
                    resources.list("organisationId = ?1 order by name, id", id).stream()
                            .map(ResourceEntity::toDomain)
                            .toList(),
                    System.nanoTime());
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
    public Optional<BookableProduct> storedProduct(OrganisationId organisation, BookableProductId id) {
        return products.findByIdOptional(id.value())
                .filter(product -> product.organisationId.equals(organisation.value()))
                .map(BookableProductEntity::toDomain);
    }

    /**
     * The product's row replaced over the version it was read at and the change's record inserted, in one statement
     * (SQL, as ADR 0006 has it, since the database decides): no row is replaced, and no record kept, when another
     * change came first.
     */
    @Override
    public boolean replace(BookableProduct previous, BookableProduct next, CatalogueChange change) {
        BookableProductEntity row = BookableProductEntity.of(next);
        int kept = sql.update("""
                with replaced as (
                    update bookable_product
                       set social_service_id = ?, name_fi = ?, name_sv = ?, name_en = ?, duration_minutes = ?,
                           contact_modes = ?, capacity = ?, channels = ?, min_notice_minutes = ?, horizon_minutes = ?,
                           change_deadline_minutes = ?, buffer_before_minutes = ?, buffer_after_minutes = ?,
                           guidance_fi = ?, guidance_sv = ?, guidance_en = ?, reminder_before_minutes = ?,
                           text_names_service = ?, room_needed_for = ?, version = ?, retired = ?
                     where organisation_id = ? and id = ? and version = ?
                    returning id)
                insert into catalogue_change (organisation_id, entity, entity_id, version, kind, changed_by, changed_at,
                                              fields)
                select ?, ?, id, ?, ?, ?, ?, ? from replaced""", s -> {
            s.set(1, row.socialServiceId);
            s.set(2, row.nameFi);
            s.set(3, row.nameSv);
            s.set(4, row.nameEn);
            s.set(5, row.durationMinutes);
            s.texts(6, List.of(row.contactModes));
            s.set(7, row.capacity);
            s.texts(8, List.of(row.channels));
            s.set(9, row.minNoticeMinutes);
            s.set(10, row.horizonMinutes);
            s.set(11, row.changeDeadlineMinutes);
            s.set(12, row.bufferBeforeMinutes);
            s.set(13, row.bufferAfterMinutes);
            s.set(14, row.guidanceFi);
            s.set(15, row.guidanceSv);
            s.set(16, row.guidanceEn);
            s.set(17, row.reminderBeforeMinutes);
            s.set(18, row.textNamesService);
            s.texts(19, List.of(row.roomNeededFor));
            s.set(20, row.version);
            s.set(21, row.retired);
            s.set(22, row.organisationId);
            s.set(23, row.id);
            s.set(24, previous.version());
            s.set(25, row.organisationId);
            s.set(26, change.entity());
            s.set(27, change.version());
            s.set(28, change.kind().name());
            s.set(29, change.by());
            s.set(30, ReleaseRows.utc(change.at()));
            s.texts(31, change.fields());
        });
        return changed(next.organisation(), kept == 1);
    }

    @Override
    public List<CatalogueChange> changes(OrganisationId organisation, UUID entity) {
        return sql.list(
                """
                select entity, entity_id, version, kind, changed_by, changed_at, fields
                  from catalogue_change where organisation_id = ? and entity_id = ? order by id""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, entity);
                },
                row -> new CatalogueChange(
                        row.getString("entity"),
                        row.getObject("entity_id", UUID.class),
                        row.getLong("version"),
                        CatalogueChange.Kind.valueOf(row.getString("kind")),
                        row.getString("changed_by"),
                        Sql.instant(row, "changed_at"),
                        Sql.texts(row, "fields")));
    }

    @Override
    public List<BookableProductId> unknownProducts(OrganisationId organisation, Collection<BookableProductId> ids) {
        Set<BookableProductId> known =
                products(organisation).stream().map(BookableProduct::id).collect(Collectors.toSet());
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }
}
