package fi.sote.booking.application.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.in.MaintainCatalogueUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterCalendarEntryTypeCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterContactModeCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterResourceCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServicePointCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterSocialServiceCommand;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Kept;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Changes and retires the catalogue's items besides the products, each kind through its {@link Upkeep}: what it may
 * name, and what must be retired (or reorganised) before it may be.
 */
public final class MaintainCatalogueService implements MaintainCatalogueUseCase {

    /** How far ahead a resource's bookings keep it from being retired. */
    static final Duration BOOKINGS_AHEAD = Duration.ofDays(5 * 366);

    private final CatalogueRepository catalogue;
    private final ServiceTaskRepository serviceTasks;
    private final BookingRepository bookings;
    private final Clock clock;
    private final Upkeep<ServiceTask> tasks;
    private final Upkeep<SocialService> services;
    private final Upkeep<ServicePoint> points;
    private final Upkeep<Resource> resources;
    private final Upkeep<ContactMode> modes;
    private final Upkeep<CalendarEntryType> entryTypes;

    public MaintainCatalogueService(
            CatalogueRepository catalogue,
            ServiceTaskRepository serviceTasks,
            BookingRepository bookings,
            Clock clock) {
        this.catalogue = catalogue;
        this.serviceTasks = serviceTasks;
        this.bookings = bookings;
        this.clock = clock;
        this.tasks = new Upkeep<>(
                CatalogueChange.SERVICE_TASKS,
                "service task",
                RejectionReason.RETIRED,
                (organisation, key) -> serviceTasks.findById(organisation, new ServiceTaskId(UUID.fromString(key))),
                serviceTasks::replace,
                clock);
        this.services = upkeep(CatalogueChange.SOCIAL_SERVICES, "social service", SocialService.class);
        this.points = upkeep(CatalogueChange.SERVICE_POINTS, "service point", ServicePoint.class);
        this.resources = upkeep(CatalogueChange.RESOURCES, "resource", Resource.class);
        this.modes = upkeep(CatalogueChange.CONTACT_MODES, "contact mode", ContactMode.class);
        this.entryTypes = upkeep(CatalogueChange.CALENDAR_ENTRY_TYPES, "calendar entry type", CalendarEntryType.class);
    }

    private <T extends Kept<T>> Upkeep<T> upkeep(String entity, String noun, Class<T> kind) {
        return new Upkeep<>(
                entity,
                noun,
                RejectionReason.RETIRED,
                (organisation, key) -> catalogue.stored(kind, organisation, key),
                catalogue::replace,
                clock);
    }

    @Override
    public Outcome<ServiceTask> changeServiceTask(
            Actor actor, ServiceTaskId id, Long expectedVersion, RegisterServiceTaskCommand to) {
        return tasks.change(
                actor,
                id.value().toString(),
                expectedVersion,
                current -> new ServiceTask(id, to.organisation(), to.code(), to.name(), current.createdAt()),
                (next, previous) -> Optional.empty());
    }

    @Override
    public Outcome<ServiceTask> retireServiceTask(Actor actor, ServiceTaskId id, Long expectedVersion) {
        return tasks.retire(
                actor,
                id.value().toString(),
                expectedVersion,
                task -> inUse(
                        "its social services",
                        catalogue.socialServices(task.organisation()).stream()
                                .filter(service -> !service.retired()
                                        && service.serviceTask().equals(id))
                                .map(SocialService::code)
                                .toList()));
    }

    @Override
    public Outcome<SocialService> changeSocialService(
            Actor actor, SocialServiceId id, Long expectedVersion, RegisterSocialServiceCommand to) {
        return services.change(
                actor,
                id.value().toString(),
                expectedVersion,
                current -> RegisterSocialServiceService.socialServiceOf(id, to),
                (next, previous) -> RegisterSocialServiceService.references(serviceTasks, next, previous));
    }

    @Override
    public Outcome<SocialService> retireSocialService(Actor actor, SocialServiceId id, Long expectedVersion) {
        return services.retire(
                actor,
                id.value().toString(),
                expectedVersion,
                service -> inUse(
                        "its bookable products",
                        products(
                                service.organisation(),
                                product -> product.socialService().equals(id))));
    }

    @Override
    public Outcome<ServicePoint> changeServicePoint(
            Actor actor, ServicePointId id, Long expectedVersion, RegisterServicePointCommand to) {
        return points.change(
                actor,
                id.value().toString(),
                expectedVersion,
                current -> RegisterServicePointService.servicePointOf(id, to),
                (next, previous) -> Optional.empty());
    }

    @Override
    public Outcome<ServicePoint> retireServicePoint(Actor actor, ServicePointId id, Long expectedVersion) {
        return points.retire(
                actor,
                id.value().toString(),
                expectedVersion,
                point -> inUse(
                        "the resources there",
                        catalogue.resources(point.organisation()).stream()
                                .filter(resource -> !resource.retired()
                                        && resource.servicePoints().contains(id))
                                .map(Resource::name)
                                .toList()));
    }

    @Override
    public Outcome<Resource> changeResource(
            Actor actor, ResourceId id, Long expectedVersion, RegisterResourceCommand to) {
        return resources.change(
                actor,
                id.value().toString(),
                expectedVersion,
                current -> RegisterResourceService.resourceOf(id, to),
                (next, previous) -> RegisterResourceService.references(catalogue, next, previous)
                        .or(() -> subjectTaken(next)));
    }

    /** A resource is retired once no booking to come is left in its calendar: those are reorganised first. */
    @Override
    public Outcome<Resource> retireResource(Actor actor, ResourceId id, Long expectedVersion) {
        Instant now = clock.instant();
        return resources.retire(actor, id.value().toString(), expectedVersion, resource -> {
            long ahead =
                    bookings
                            .ofResource(resource.organisation(), id, new TimeInterval(now, now.plus(BOOKINGS_AHEAD)))
                            .stream()
                            .filter(booking -> booking.takesTimeAt(now))
                            .map(Booking::id)
                            .distinct()
                            .count();
            return ahead == 0
                    ? Optional.empty()
                    : Optional.of(ahead + " booking(s) to come in its calendar; reorganise them first (an absence "
                            + "offers them to other professionals)");
        });
    }

    @Override
    public Outcome<ContactMode> changeContactMode(
            Actor actor, String code, Long expectedVersion, RegisterContactModeCommand to) {
        return modes.change(
                actor,
                Invariants.code("code", code),
                expectedVersion,
                current -> new ContactMode(to.organisation(), to.code(), to.thlCode(), to.name(), to.remote()),
                (next, previous) -> Optional.empty());
    }

    @Override
    public Outcome<ContactMode> retireContactMode(Actor actor, String code, Long expectedVersion) {
        return modes.retire(
                actor,
                Invariants.code("code", code),
                expectedVersion,
                mode -> inUse(
                        "the bookable products offering it",
                        products(
                                mode.organisation(),
                                product -> product.contactModes().contains(mode.code()))));
    }

    @Override
    public Outcome<CalendarEntryType> changeEntryType(
            Actor actor, String code, Long expectedVersion, RegisterCalendarEntryTypeCommand to) {
        return entryTypes.change(
                actor,
                Invariants.code("code", code),
                expectedVersion,
                current -> new CalendarEntryType(
                        to.organisation(), to.code(), to.category(), to.blocksBooking(), to.name(), to.neutralLabel()),
                (next, previous) -> Optional.empty());
    }

    /** Entries already made keep their type; no new one is made of a retired type. */
    @Override
    public Outcome<CalendarEntryType> retireEntryType(Actor actor, String code, Long expectedVersion) {
        return entryTypes.retire(actor, Invariants.code("code", code), expectedVersion, type -> Optional.empty());
    }

    /** The refusal of a resource given the subject another resource of the organisation signs in with. */
    private Optional<Outcome<Resource>> subjectTaken(Resource resource) {
        boolean taken = resource.subject() != null
                && catalogue.resources(resource.organisation()).stream()
                        .anyMatch(other -> !other.id().equals(resource.id())
                                && resource.subject().equals(other.subject()));
        return taken
                ? Optional.of(Outcome.rejected(
                        RejectionReason.DUPLICATE_CODE,
                        "subject",
                        "Another resource of the organisation already has the subject " + resource.subject()))
                : Optional.empty();
    }

    private List<String> products(OrganisationId organisation, Predicate<BookableProduct> naming) {
        return catalogue.products(organisation).stream()
                .filter(product -> !product.retired() && naming.test(product))
                .map(BookableProduct::code)
                .toList();
    }

    /** What still depends on the item, named, or empty when nothing does. */
    private static Optional<String> inUse(String what, Collection<String> names) {
        return names.isEmpty()
                ? Optional.empty()
                : Optional.of(what + " are in use (" + String.join(", ", names) + "); retire them first");
    }
}
