package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.OpeningHours;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The catalogue in PostgreSQL. The reference data every slot search and booking needs (social
 * services, service points, contact modes, products, resources) is read once per organisation into a
 * snapshot: a change
 * made through this instance replaces the snapshot at once, one made through another instance is
 * seen within {@code booking.catalogue.snapshot-ttl} (default 5 seconds).
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
                    resources.stream().collect(Collectors.toUnmodifiableMap(Resource::id, resource -> resource)),
                    readAt);
        }
    }

    private final Sql sql;
    private final ObjectMapper json;
    private final ReleaseSnapshots releaseSnapshots;
    private final long snapshotTtlNanos;
    private final ConcurrentMap<OrganisationId, Snapshot> snapshots = new ConcurrentHashMap<>();

    CataloguePersistenceAdapter(
            Sql sql,
            ObjectMapper json,
            ReleaseSnapshots releaseSnapshots,
            @ConfigProperty(name = "booking.catalogue.snapshot-ttl", defaultValue = "PT5S") Duration snapshotTtl) {
        this.sql = sql;
        this.json = json;
        this.releaseSnapshots = releaseSnapshots;
        this.snapshotTtlNanos = snapshotTtl.toNanos();
    }

    private Snapshot snapshot(OrganisationId organisation) {
        Snapshot snapshot = snapshots.get(organisation);
        if (snapshot == null || System.nanoTime() - snapshot.readAt() > snapshotTtlNanos) {
            snapshot = new Snapshot(
                    readSocialServices(organisation),
                    readServicePoints(organisation),
                    readContactModes(organisation),
                    readProducts(organisation),
                    readResources(organisation),
                    System.nanoTime());
            snapshots.put(organisation, snapshot);
        }
        return snapshot;
    }

    /** Called after every write: the next read of the organisation sees the database again. */
    private boolean changed(OrganisationId organisation, boolean written) {
        snapshots.remove(organisation);
        return written;
    }

    @Override
    public boolean add(SocialService service) {
        return changed(
                service.organisation(),
                sql.update("""
                insert into social_service (id, organisation_id, code, thl_code, service_task_id, name_fi, name_sv, name_en)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id, code) do nothing""", s -> {
                            s.set(1, service.id().value());
                            s.set(2, service.organisation().value());
                            s.set(3, service.code());
                            s.set(4, service.thlCode());
                            s.set(5, service.serviceTask().value());
                            names(s, 6, service.name());
                        })
                        == 1);
    }

    @Override
    public boolean add(ServicePoint point) {
        return changed(
                point.organisation(),
                sql.update("""
                insert into service_point (id, organisation_id, code, name_fi, name_sv, name_en, street, postal_code,
                    post_office, opening_hours)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) on conflict (organisation_id, code) do nothing""", s -> {
                            s.set(1, point.id().value());
                            s.set(2, point.organisation().value());
                            s.set(3, point.code());
                            names(s, 4, point.name());
                            s.set(7, point.address().street());
                            s.set(8, point.address().postalCode());
                            s.set(9, point.address().postOffice());
                            s.set(10, openingHoursJson(point.openingHours()));
                        })
                        == 1);
    }

    @Override
    public boolean add(ContactMode mode) {
        return changed(
                mode.organisation(),
                sql.update("""
                insert into contact_mode (organisation_id, code, thl_code, name_fi, name_sv, name_en, remote)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id, code) do nothing""", s -> {
                            s.set(1, mode.organisation().value());
                            s.set(2, mode.code());
                            s.set(3, mode.thlCode());
                            names(s, 4, mode.name());
                            s.set(7, mode.remote());
                        })
                        == 1);
    }

    @Override
    public boolean add(BookableProduct product) {
        return changed(
                product.organisation(),
                sql.update("""
                insert into bookable_product (id, organisation_id, code, social_service_id, name_fi, name_sv, name_en,
                    duration_minutes, contact_modes, capacity, channels, min_notice_minutes, horizon_minutes,
                    change_deadline_minutes, buffer_before_minutes, buffer_after_minutes, guidance_fi, guidance_sv,
                    guidance_en)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, code) do nothing""", s -> {
                            s.set(1, product.id().value());
                            s.set(2, product.organisation().value());
                            s.set(3, product.code());
                            s.set(4, product.socialService().value());
                            names(s, 5, product.name());
                            s.set(8, (int) product.duration().toMinutes());
                            s.texts(9, product.contactModes());
                            s.set(10, product.capacity());
                            s.texts(
                                    11,
                                    product.channels().stream()
                                            .map(Channel::name)
                                            .toList());
                            s.set(12, (int)
                                    product.selfService().minimumNotice().toMinutes());
                            s.set(13, (int) product.selfService().horizon().toMinutes());
                            s.set(14, (int)
                                    product.selfService().changeDeadline().toMinutes());
                            s.set(15, (int) product.bufferBefore().toMinutes());
                            s.set(16, (int) product.bufferAfter().toMinutes());
                            s.set(17, product.guidance().fi());
                            s.set(18, product.guidance().sv());
                            s.set(19, product.guidance().en());
                        })
                        == 1);
    }

    @Override
    public boolean add(CalendarEntryType type) {
        return sql.update("""
                insert into calendar_entry_type (organisation_id, code, category, blocks_booking, name_fi, name_sv,
                    name_en, label_fi, label_sv, label_en)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (organisation_id, code) do nothing""", s -> {
                    s.set(1, type.organisation().value());
                    s.set(2, type.code());
                    s.set(3, type.category().name());
                    s.set(4, type.blocksBooking());
                    names(s, 5, type.name());
                    names(s, 8, type.neutralLabel());
                })
                == 1;
    }

    @Override
    public void add(Resource resource) {
        sql.update("""
                insert into resource (id, organisation_id, kind, name, title, subject, team, supervisor_subject,
                    social_service_ids, languages, service_point_ids)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.set(1, resource.id().value());
            s.set(2, resource.organisation().value());
            s.set(3, resource.kind().name());
            s.set(4, resource.name());
            s.set(5, resource.title());
            s.set(6, resource.subject());
            s.set(7, resource.team());
            s.set(8, resource.supervisorSubject());
            s.uuids(
                    9,
                    resource.socialServices().stream()
                            .map(SocialServiceId::value)
                            .toList());
            s.texts(10, resource.languages());
            s.uuids(
                    11,
                    resource.servicePoints().stream().map(ServicePointId::value).toList());
        });
        changed(resource.organisation(), true);
        releaseSnapshots.changed(resource.organisation());
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

    private List<SocialService> readSocialServices(OrganisationId organisation) {
        return sql.list(
                "select * from social_service where organisation_id = ? order by code",
                s -> s.set(1, organisation.value()),
                CataloguePersistenceAdapter::socialService);
    }

    private List<ServicePoint> readServicePoints(OrganisationId organisation) {
        return sql.list(
                "select * from service_point where organisation_id = ? order by code",
                s -> s.set(1, organisation.value()),
                this::servicePoint);
    }

    @Override
    public List<Resource> resources(OrganisationId organisation) {
        return snapshot(organisation).resources();
    }

    @Override
    public Optional<Resource> resource(OrganisationId organisation, ResourceId id) {
        return Optional.ofNullable(snapshot(organisation).resourcesById().get(id));
    }

    private List<Resource> readResources(OrganisationId organisation) {
        return sql.list(
                "select * from resource where organisation_id = ? order by name, id",
                s -> s.set(1, organisation.value()),
                CataloguePersistenceAdapter::resource);
    }

    @Override
    public List<ContactMode> contactModes(OrganisationId organisation) {
        return snapshot(organisation).contactModes();
    }

    private List<ContactMode> readContactModes(OrganisationId organisation) {
        return sql.list(
                "select * from contact_mode where organisation_id = ? order by code",
                s -> s.set(1, organisation.value()),
                row -> new ContactMode(
                        organisation,
                        row.getString("code"),
                        row.getString("thl_code"),
                        names(row, "name"),
                        row.getBoolean("remote")));
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

    private List<BookableProduct> readProducts(OrganisationId organisation) {
        return sql.list(
                "select * from bookable_product where organisation_id = ? order by code",
                s -> s.set(1, organisation.value()),
                CataloguePersistenceAdapter::product);
    }

    @Override
    public List<CalendarEntryType> entryTypes(OrganisationId organisation) {
        return sql.list(
                "select * from calendar_entry_type where organisation_id = ? order by code",
                s -> s.set(1, organisation.value()),
                CataloguePersistenceAdapter::entryType);
    }

    @Override
    public Optional<CalendarEntryType> entryType(OrganisationId organisation, String code) {
        return sql.one(
                "select * from calendar_entry_type where organisation_id = ? and code = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, code == null ? null : code.strip().toUpperCase(Locale.ROOT));
                },
                CataloguePersistenceAdapter::entryType);
    }

    @Override
    public List<BookableProductId> unknownProducts(OrganisationId organisation, Collection<BookableProductId> ids) {
        Set<BookableProductId> known =
                products(organisation).stream().map(BookableProduct::id).collect(Collectors.toSet());
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    private static void names(Sql.Statement s, int first, LocalizedText text) throws SQLException {
        s.set(first, text.fi());
        s.set(first + 1, text.sv());
        s.set(first + 2, text.en());
    }

    static LocalizedText names(ResultSet row, String prefix) throws SQLException {
        return new LocalizedText(
                row.getString(prefix + "_fi"), row.getString(prefix + "_sv"), row.getString(prefix + "_en"));
    }

    private static OrganisationId organisation(ResultSet row) throws SQLException {
        return new OrganisationId(row.getString("organisation_id"));
    }

    private static SocialService socialService(ResultSet row) throws SQLException {
        return new SocialService(
                new SocialServiceId(row.getObject("id", UUID.class)),
                organisation(row),
                row.getString("code"),
                row.getString("thl_code"),
                new ServiceTaskId(row.getObject("service_task_id", UUID.class)),
                names(row, "name"));
    }

    private ServicePoint servicePoint(ResultSet row) throws SQLException {
        return new ServicePoint(
                new ServicePointId(row.getObject("id", UUID.class)),
                organisation(row),
                row.getString("code"),
                names(row, "name"),
                new Address(row.getString("street"), row.getString("postal_code"), row.getString("post_office")),
                openingHours(row.getString("opening_hours")));
    }

    static Resource resource(ResultSet row) throws SQLException {
        return new Resource(
                new ResourceId(row.getObject("id", UUID.class)),
                organisation(row),
                ResourceKind.valueOf(row.getString("kind")),
                row.getString("name"),
                row.getString("title"),
                row.getString("subject"),
                Sql.uuids(row, "social_service_ids").stream()
                        .map(SocialServiceId::new)
                        .collect(Collectors.toSet()),
                Set.copyOf(Sql.texts(row, "languages")),
                Sql.uuids(row, "service_point_ids").stream()
                        .map(ServicePointId::new)
                        .collect(Collectors.toSet()),
                row.getString("team"),
                row.getString("supervisor_subject"));
    }

    static BookableProduct product(ResultSet row) throws SQLException {
        return new BookableProduct(
                new BookableProductId(row.getObject("id", UUID.class)),
                organisation(row),
                row.getString("code"),
                new SocialServiceId(row.getObject("social_service_id", UUID.class)),
                names(row, "name"),
                Duration.ofMinutes(row.getInt("duration_minutes")),
                Set.copyOf(Sql.texts(row, "contact_modes")),
                row.getInt("capacity"),
                Sql.texts(row, "channels").stream().map(Channel::valueOf).collect(Collectors.toSet()),
                new SelfServiceRules(
                        Duration.ofMinutes(row.getInt("min_notice_minutes")),
                        Duration.ofMinutes(row.getInt("horizon_minutes")),
                        Duration.ofMinutes(row.getInt("change_deadline_minutes"))),
                Duration.ofMinutes(row.getInt("buffer_before_minutes")),
                Duration.ofMinutes(row.getInt("buffer_after_minutes")),
                new GuidanceText(
                        row.getString("guidance_fi"), row.getString("guidance_sv"), row.getString("guidance_en")));
    }

    private static CalendarEntryType entryType(ResultSet row) throws SQLException {
        return new CalendarEntryType(
                organisation(row),
                row.getString("code"),
                EntryCategory.valueOf(row.getString("category")),
                row.getBoolean("blocks_booking"),
                names(row, "name"),
                names(row, "label"));
    }

    private String openingHoursJson(List<OpeningHours> hours) {
        try {
            return json.writeValueAsString(hours.stream()
                    .map(h -> Map.of(
                            "day",
                            h.day().name(),
                            "opens",
                            h.opens().toString(),
                            "closes",
                            h.closes().toString()))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<OpeningHours> openingHours(String stored) {
        try {
            List<OpeningHours> hours = new ArrayList<>();
            for (JsonNode node : json.readTree(stored)) {
                hours.add(new OpeningHours(
                        DayOfWeek.valueOf(node.get("day").asText()),
                        LocalTime.parse(node.get("opens").asText()),
                        LocalTime.parse(node.get("closes").asText())));
            }
            return hours;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored opening hours are not JSON", e);
        }
    }
}
