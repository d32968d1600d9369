package fi.sote.booking.application.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.application.calendar.port.out.AvailabilityRepository.CandidateRelease;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.BusyTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.FreeSlots;
import fi.sote.booking.domain.calendar.Slot;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;

/**
 * Expands released time into slots on the fly and keeps the free ones. The range is walked in
 * windows that double in length (a day, two, four, ...), reading the busy time of one window at a
 * time, so a search that fills its page on the first day expands and reads no more.
 */
public final class SearchSlotsService implements SearchSlotsQuery {

    private final CatalogueRepository catalogue;
    private final AvailabilityRepository availability;
    private final Clock clock;

    public SearchSlotsService(CatalogueRepository catalogue, AvailabilityRepository availability, Clock clock) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.clock = clock;
    }

    @Override
    public Outcome<SlotPage> search(SlotSearch search) {
        return prepare(search).map(plan -> {
            List<FoundSlot> found = plan.walk(soFar -> soFar.size() > search.limit());
            List<FoundSlot> page = found.size() > search.limit() ? found.subList(0, search.limit()) : found;
            return Outcome.accepted(new SlotPage(
                    List.copyOf(page),
                    found.size() > search.limit()
                            ? page.get(page.size() - 1).slot().key()
                            : null));
        });
    }

    @Override
    public Outcome<List<FoundSlot>> nextFreePerResource(SlotSearch search) {
        return prepare(search).map(plan -> {
            Map<ResourceId, FoundSlot> first = new LinkedHashMap<>();
            Set<ResourceId> resources = plan.resources();
            plan.walk(found -> {
                for (FoundSlot slot : found) {
                    first.putIfAbsent(slot.slot().resource(), slot);
                }
                return first.keySet().containsAll(resources);
            });
            return Outcome.<List<FoundSlot>>accepted(first.values().stream()
                    .sorted((a, b) -> Slot.ORDER.compare(a.slot(), b.slot()))
                    .limit(search.limit())
                    .toList());
        });
    }

    /** Checks the references of the search and reads what the walk needs; a rejection for unknown ones. */
    private PreparedSearch prepare(SlotSearch search) {
        var organisation = search.organisation();
        if (search.product() != null
                && catalogue.product(organisation, search.product()).isEmpty()) {
            return PreparedSearch.rejected(Outcome.unknown(
                    "product", "bookable product", search.product().value()));
        }
        if (search.socialService() != null
                && catalogue.socialService(organisation, search.socialService()).isEmpty()) {
            return PreparedSearch.rejected(Outcome.unknown(
                    "socialService", "social service", search.socialService().value()));
        }
        if (search.servicePoint() != null
                && catalogue.servicePoint(organisation, search.servicePoint()).isEmpty()) {
            return PreparedSearch.rejected(Outcome.unknown(
                    "servicePoint", "service point", search.servicePoint().value()));
        }
        Map<BookableProductId, BookableProduct> products = catalogue.products(organisation).stream()
                .filter(product -> !product.retired())
                .filter(product -> search.product() == null || product.id().equals(search.product()))
                .filter(product -> search.socialService() == null
                        || product.socialService().equals(search.socialService()))
                .filter(product -> product.channels().stream().anyMatch(search.channels()::contains))
                .filter(product ->
                        search.contactMode() == null || product.contactModes().contains(search.contactMode()))
                .collect(Collectors.toMap(BookableProduct::id, product -> product));
        Set<ServicePointId> servicePoints = null;
        if (search.servicePoint() != null) {
            servicePoints = Set.of(search.servicePoint());
        } else if (search.area() != null) {
            servicePoints = catalogue.servicePoints(organisation).stream()
                    .filter(point -> point.area().equals(search.area()))
                    .map(ServicePoint::id)
                    .collect(Collectors.toSet());
        }
        Instant now = clock.instant();
        Instant start = search.from().isBefore(now) ? now : search.from();
        if (products.isEmpty() || (servicePoints != null && servicePoints.isEmpty()) || !start.isBefore(search.to())) {
            return PreparedSearch.of(new Plan(search, products, List.of(), start, now));
        }
        List<CandidateRelease> releases = availability.releases(new AvailabilityRepository.ReleaseCriteria(
                organisation,
                products.keySet(),
                search.channels(),
                search.resource(),
                search.language(),
                servicePoints,
                localDate(start),
                localDate(search.to())));
        return PreparedSearch.of(new Plan(search, products, releases, start, now));
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(BookingTime.ZONE).toLocalDate();
    }

    /** Either a rejection of the search or the plan to walk. */
    private record PreparedSearch(Outcome<?> rejection, Plan plan) {

        static PreparedSearch rejected(Outcome<?> rejection) {
            return new PreparedSearch(rejection, null);
        }

        static PreparedSearch of(Plan plan) {
            return new PreparedSearch(null, plan);
        }

        @SuppressWarnings("unchecked")
        <T> Outcome<T> map(Function<Plan, Outcome<T>> walk) {
            return rejection != null ? (Outcome<T>) rejection : walk.apply(plan);
        }
    }

    /** A release and one of its products as this caller may book them: worked out once per search. */
    private record Offer(
            CandidateRelease candidate, BookableProduct product, Set<String> modes, Set<Channel> channels) {}

    private final class Plan {

        private final SlotSearch search;
        private final List<Offer> offers = new ArrayList<>();
        private final Instant start;
        private final Instant now;
        private final boolean clientOnly;
        private final Duration widestBuffer;

        Plan(
                SlotSearch search,
                Map<BookableProductId, BookableProduct> products,
                List<CandidateRelease> releases,
                Instant start,
                Instant now) {
            this.search = search;
            for (CandidateRelease candidate : releases) {
                // a retired resource's time is not offered; its bookings were reorganised before it was retired
                if (catalogue
                        .resource(search.organisation(), candidate.release().resource())
                        .filter(Resource::retired)
                        .isPresent()) {
                    continue;
                }
                for (BookableProductId productId : candidate.release().terms().products()) {
                    BookableProduct product = products.get(productId);
                    if (product == null) {
                        continue;
                    }
                    Set<String> modes = FreeSlots.contactModes(candidate.release(), product);
                    Set<Channel> channels = EnumSet.noneOf(Channel.class);
                    for (Channel channel : FreeSlots.channels(candidate.release(), product, now)) {
                        if (search.channels().contains(channel)) {
                            channels.add(channel);
                        }
                    }
                    if (!modes.isEmpty()
                            && !channels.isEmpty()
                            && (search.contactMode() == null || modes.contains(search.contactMode()))) {
                        // sorted once here, so every slot of the offer lists them in the same order
                        offers.add(new Offer(
                                candidate,
                                product,
                                Collections.unmodifiableSet(new TreeSet<>(modes)),
                                Collections.unmodifiableSet(channels)));
                    }
                }
            }
            this.start = start;
            this.now = now;
            this.clientOnly = search.channels().equals(Set.of(Channel.CLIENT_SELF_SERVICE));
            this.widestBuffer = products.values().stream()
                    .map(product -> product.bufferBefore().compareTo(product.bufferAfter()) > 0
                            ? product.bufferBefore()
                            : product.bufferAfter())
                    .max(Duration::compareTo)
                    .orElse(Duration.ZERO);
        }

        /** The resources that have something this caller may book: the ones the walk can find slots of. */
        Set<ResourceId> resources() {
            return offers.stream()
                    .map(offer -> offer.candidate().release().resource())
                    .collect(Collectors.toSet());
        }

        /**
         * Free slots in order, window by window, until {@code enough} says so or the range ends. Windows
         * end at midnight in Helsinki, so each expands whole local dates once: the rest of the first
         * day, then one, two, four, ... days.
         */
        List<FoundSlot> walk(Predicate<List<FoundSlot>> enough) {
            List<FoundSlot> found = new ArrayList<>();
            LocalDate firstDate = localDate(start);
            int days = 1;
            Instant windowStart = start;
            while (windowStart.isBefore(search.to()) && !offers.isEmpty()) {
                LocalDate lastDate = localDate(windowStart).plusDays(days - 1L);
                Instant midnight =
                        lastDate.plusDays(1).atStartOfDay(BookingTime.ZONE).toInstant();
                Instant windowEnd = midnight.isBefore(search.to()) ? midnight : search.to();
                found.addAll(freeIn(new TimeInterval(windowStart, windowEnd), localDate(windowStart), lastDate));
                if (enough.test(found)) {
                    break;
                }
                windowStart = windowEnd;
                days = windowStart.equals(firstDate
                                .plusDays(1)
                                .atStartOfDay(BookingTime.ZONE)
                                .toInstant())
                        ? 1
                        : days * 2;
            }
            return found;
        }

        private List<FoundSlot> freeIn(TimeInterval window, LocalDate firstDate, LocalDate lastDate) {
            List<FoundSlot> offered = new ArrayList<>();
            for (Offer offer : offers) {
                if (!offer.candidate().release().offersOn(firstDate, lastDate)) {
                    continue;
                }
                for (Slot slot : FreeSlots.offered(
                        offer.candidate().release(),
                        offer.product(),
                        offer.modes(),
                        offer.channels(),
                        firstDate,
                        lastDate)) {
                    if (visible(slot, offer.product(), window)) {
                        offered.add(new FoundSlot(
                                slot,
                                offer.product(),
                                offer.candidate().resourceName(),
                                offer.candidate().resourceTitle()));
                    }
                }
            }
            if (offered.isEmpty()) {
                return offered;
            }
            Set<ResourceId> resources =
                    offered.stream().map(found -> found.slot().resource()).collect(Collectors.toSet());
            Map<ResourceId, BusyTime> busy = availability.busy(
                    search.organisation(),
                    resources,
                    window.widen(widestBuffer, widestBuffer.plus(BookableProduct.LONGEST)));
            List<FoundSlot> free = new ArrayList<>();
            for (FoundSlot found : offered) {
                Slot slot = found.slot();
                int remaining =
                        busy.getOrDefault(slot.resource(), BusyTime.NONE).remaining(slot, found.product());
                if (remaining == slot.capacity()) {
                    free.add(found);
                } else if (remaining > 0) {
                    free.add(new FoundSlot(
                            new Slot(
                                    slot.resource(),
                                    slot.product(),
                                    slot.interval(),
                                    slot.contactModes(),
                                    slot.channels(),
                                    slot.servicePoint(),
                                    slot.capacity(),
                                    remaining),
                            found.product(),
                            found.resourceName(),
                            found.resourceTitle()));
                }
            }
            free = withRooms(free, window);
            free.sort((a, b) -> Slot.ORDER.compare(a.slot(), b.slot()));
            return free;
        }

        /**
         * The slots offered in a contact mode that takes a room ({@link BookableProduct#roomNeededFor}) in that mode
         * only when a room at the slot's place (the release's service point, else the professional's) is free for
         * it; a group time with places booked already has its room. Nothing is read when no slot needs a room.
         */
        private List<FoundSlot> withRooms(List<FoundSlot> free, TimeInterval window) {
            if (free.stream().allMatch(found -> found.product().roomNeededFor().isEmpty())) {
                return free;
            }
            List<Resource> rooms = catalogue.resources(search.organisation()).stream()
                    .filter(resource -> resource.kind() == ResourceKind.ROOM)
                    .toList();
            Map<ResourceId, Set<ServicePointId>> pointsOf = new HashMap<>();
            for (Offer offer : offers) {
                pointsOf.put(
                        offer.candidate().release().resource(),
                        offer.candidate().resourceServicePoints());
            }
            Map<ResourceId, BusyTime> busy = rooms.isEmpty()
                    ? Map.of()
                    : availability.busy(
                            search.organisation(),
                            rooms.stream().map(Resource::id).toList(),
                            window.widen(widestBuffer, widestBuffer.plus(BookableProduct.LONGEST)));
            List<FoundSlot> kept = new ArrayList<>();
            for (FoundSlot found : free) {
                Slot slot = found.slot();
                Set<String> roomModes = new TreeSet<>(slot.contactModes());
                roomModes.retainAll(found.product().roomNeededFor());
                Set<ServicePointId> places = slot.servicePoint() != null
                        ? Set.of(slot.servicePoint())
                        : pointsOf.getOrDefault(slot.resource(), Set.of());
                boolean roomFree = roomModes.isEmpty()
                        || slot.remaining() < slot.capacity()
                        || rooms.stream()
                                .anyMatch(room -> room.isRoomAt(places)
                                        && busy.getOrDefault(room.id(), BusyTime.NONE)
                                                        .remaining(slot, found.product())
                                                > 0);
                if (roomFree) {
                    kept.add(found);
                    continue;
                }
                Set<String> otherModes = new TreeSet<>(slot.contactModes());
                otherModes.removeAll(roomModes);
                if (!otherModes.isEmpty()) {
                    kept.add(new FoundSlot(
                            slot.offeredIn(otherModes), found.product(), found.resourceName(), found.resourceTitle()));
                }
            }
            return kept;
        }

        /** Whether the slot belongs to this window of the search and the caller may book it (notice, horizon). */
        private boolean visible(Slot slot, BookableProduct product, TimeInterval window) {
            Instant slotStart = slot.interval().start();
            if (slotStart.isBefore(window.start())
                    || !slotStart.isBefore(window.end())
                    || slot.interval().end().isAfter(search.to())) {
                return false;
            }
            if (search.after() != null && slot.key().compareTo(search.after()) <= 0) {
                return false;
            }
            return !clientOnly
                    || (!slotStart.isBefore(now.plus(product.selfService().minimumNotice()))
                            && !slotStart.isAfter(now.plus(product.selfService().horizon())));
        }
    }
}
