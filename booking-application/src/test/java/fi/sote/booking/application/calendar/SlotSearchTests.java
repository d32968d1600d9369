package fi.sote.booking.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.sote.booking.application.calendar.port.in.AddCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.FoundSlot;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery.SlotPage;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.fakes.InMemoryAuditLog;
import fi.sote.booking.application.fakes.InMemoryBookings;
import fi.sote.booking.application.fakes.InMemoryCalendar;
import fi.sote.booking.application.fakes.InMemoryCatalogue;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.SlotKey;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.calendar.WeeklyRelease;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.ServiceTaskId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/** Slot search over in-memory ports: channels, notice and horizon, busy time and buffers, paging. */
@SuppressWarnings("unchecked")
class SlotSearchTests {

    private static final OrganisationId ORG = new OrganisationId("kymenlaakso-demo");
    /** Monday 23 November 2026, 06:00 in Helsinki. */
    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final SocialServiceId FAMILY_COUNSELLING = SocialServiceId.random();

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final InMemoryCalendar calendar = new InMemoryCalendar(catalogue);
    private final SearchSlotsService search =
            new SearchSlotsService(catalogue, calendar, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Actor admin = new Actor(ORG, "admin", Set.of(Role.ADMINISTRATOR));

    private BookableProduct firstVisit;
    private BookableProduct group;
    private Resource anna;
    private Resource mikko;

    @BeforeEach
    void setUp() {
        catalogue.add(new SocialService(
                FAMILY_COUNSELLING,
                ORG,
                "FAMILY_COUNSELLING",
                null,
                ServiceTaskId.random(),
                LocalizedText.finnish("Perheneuvola")));
        catalogue.add(new ContactMode(ORG, "OFFICE", null, LocalizedText.finnish("Käynti"), false));
        catalogue.add(new CalendarEntryType(
                ORG,
                "HOME_VISIT",
                EntryCategory.CLIENT_WORK,
                true,
                LocalizedText.finnish("Kotikäynti"),
                LocalizedText.finnish("Asiakastyö")));
        catalogue.add(new CalendarEntryType(
                ORG,
                "DOCUMENTATION",
                EntryCategory.OTHER_WORK,
                false,
                LocalizedText.finnish("Kirjaaminen"),
                LocalizedText.finnish("Muu työ")));
        firstVisit = product("FIRST", 60, 1, EnumSet.of(Channel.COUNSELLING, Channel.CLIENT_SELF_SERVICE), 0, 15);
        group = product("GROUP", 90, 8, EnumSet.of(Channel.CLIENT_SELF_SERVICE), 0, 0);
        anna = professional("Anna");
        mikko = professional("Mikko");
    }

    @Test
    void counsellorFindsCounsellingTimesInTimeOrderAcrossProfessionals() {
        release(anna, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "09:00", "11:30");
        release(mikko, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "10:00", "12:00");

        List<FoundSlot> found =
                page(query(EnumSet.of(Channel.COUNSELLING), 5, null)).items();

        // 09:00 Helsinki is 07:00 UTC; slots of 60 min with 15 min kept free after them
        assertThat(found)
                .extracting(f -> f.slot().interval().start())
                .containsExactly(
                        Instant.parse("2026-11-23T07:00:00Z"),
                        Instant.parse("2026-11-23T08:00:00Z"),
                        Instant.parse("2026-11-23T08:15:00Z"),
                        Instant.parse("2026-11-24T07:00:00Z"),
                        Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(found).extracting(FoundSlot::resourceName).containsExactly("Anna", "Mikko", "Anna", "Anna", "Mikko");
    }

    @Test
    void aClientFindsOnlyTimesReleasedToClientsAndNoEarlierThanTheNotice() {
        release(anna, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "09:00", "11:30");
        release(mikko, Set.of(firstVisit), EnumSet.of(Channel.CLIENT_SELF_SERVICE), "09:00", "11:30");

        List<FoundSlot> found =
                page(query(EnumSet.of(Channel.CLIENT_SELF_SERVICE), 50, null)).items();

        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(f.resourceName()).isEqualTo("Mikko");
            assertThat(f.slot().channels()).containsExactly(Channel.CLIENT_SELF_SERVICE);
            assertThat(f.slot().interval().start()).isAfterOrEqualTo(NOW.plus(Duration.ofHours(24)));
        });
    }

    @Test
    void aClientFindsNothingBeyondTheHorizon() {
        release(mikko, Set.of(firstVisit), EnumSet.of(Channel.CLIENT_SELF_SERVICE), "09:00", "11:30");

        SlotSearch beyond = new SlotSearch(
                ORG,
                EnumSet.of(Channel.CLIENT_SELF_SERVICE),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                NOW.plus(Duration.ofDays(61)),
                NOW.plus(Duration.ofDays(90)),
                10,
                null);

        assertThat(page(beyond).items()).isEmpty();
    }

    @Test
    void aBlockingEntryHidesTheSlotItOverlapsButANonBlockingOneDoesNot() {
        release(anna, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "09:00", "11:30");
        // slots 09:00-10:00 and 10:15-11:15 Helsinki; a home visit 10:20-10:40 takes the second
        addEntry(anna, "HOME_VISIT", "2026-11-23T08:20:00Z", "2026-11-23T08:40:00Z");
        addEntry(anna, "DOCUMENTATION", "2026-11-23T07:00:00Z", "2026-11-23T07:30:00Z");

        assertThat(firstStarts(2))
                .containsExactly(Instant.parse("2026-11-23T07:00:00Z"), Instant.parse("2026-11-24T07:00:00Z"));
    }

    @Test
    void theBufferAfterASlotMustBeFreeToo() {
        release(anna, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "09:00", "11:30");
        // 10:05-10:12 is outside the 09:00-10:00 slot but inside the 15 minutes kept free after it
        addEntry(anna, "HOME_VISIT", "2026-11-23T08:05:00Z", "2026-11-23T08:12:00Z");

        assertThat(firstStarts(2))
                .containsExactly(Instant.parse("2026-11-23T08:15:00Z"), Instant.parse("2026-11-24T07:00:00Z"));
    }

    private List<Instant> firstStarts(int count) {
        return page(query(EnumSet.of(Channel.COUNSELLING), count, null)).items().stream()
                .map(f -> f.slot().interval().start())
                .toList();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        release(anna, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "09:00", "11:30");
        release(mikko, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "09:00", "11:30");
        List<FoundSlot> all =
                page(query(EnumSet.of(Channel.COUNSELLING), 100, null)).items();

        List<FoundSlot> paged = new ArrayList<>();
        SlotPage page = page(query(EnumSet.of(Channel.COUNSELLING), 7, null));
        paged.addAll(page.items());
        while (page.next() != null) {
            page = page(query(EnumSet.of(Channel.COUNSELLING), 7, page.next()));
            paged.addAll(page.items());
        }

        assertThat(all).hasSizeGreaterThan(20);
        assertThat(paged)
                .extracting(f -> f.slot().key())
                .containsExactlyElementsOf(all.stream().map(f -> f.slot().key()).toList());
    }

    @Test
    void aGroupTimeShowsItsCapacity() {
        release(anna, Set.of(group), EnumSet.of(Channel.CLIENT_SELF_SERVICE), "12:00", "13:30");

        FoundSlot first = page(query(EnumSet.of(Channel.CLIENT_SELF_SERVICE), 1, null))
                .items()
                .get(0);

        assertThat(first.slot().capacity()).isEqualTo(8);
        assertThat(first.slot().remaining()).isEqualTo(8);
    }

    @Test
    void theNextFreeTimeOfEachProfessionalIsTheirEarliest() {
        release(anna, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "09:00", "11:30");
        release(mikko, Set.of(firstVisit), EnumSet.of(Channel.COUNSELLING), "13:00", "15:00");
        addEntry(mikko, "HOME_VISIT", "2026-11-23T11:00:00Z", "2026-11-23T13:00:00Z");

        List<FoundSlot> next = ((Outcome.Accepted<List<FoundSlot>>)
                        search.nextFreePerResource(query(EnumSet.of(Channel.COUNSELLING), 100, null)))
                .value();

        assertThat(next)
                .extracting(FoundSlot::resourceName, f -> f.slot().interval().start())
                .containsExactly(
                        Tuple.tuple("Anna", Instant.parse("2026-11-23T07:00:00Z")),
                        Tuple.tuple("Mikko", Instant.parse("2026-11-24T11:00:00Z")));
    }

    @Test
    void anUnknownProductIsARejectionNamingTheParameter() {
        Outcome<SlotPage> outcome = search.search(new SlotSearch(
                ORG,
                EnumSet.of(Channel.COUNSELLING),
                null,
                BookableProductId.random(),
                null,
                null,
                null,
                null,
                null,
                NOW,
                NOW.plus(Duration.ofDays(7)),
                10,
                null));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectionReason.UNKNOWN_REFERENCE);
            assertThat(rejected.field()).isEqualTo("product");
        });
    }

    @Test
    void aSearchOverTenYearsOrBackwardsIsInvalid() {
        assertThatThrownBy(() -> new SlotSearch(
                        ORG,
                        EnumSet.of(Channel.COUNSELLING),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        NOW,
                        NOW.plus(Duration.ofDays(3650)),
                        10,
                        null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new SlotSearch(
                        ORG,
                        EnumSet.of(Channel.COUNSELLING),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        NOW,
                        NOW.minusSeconds(1),
                        10,
                        null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    private SlotSearch query(Set<Channel> channels, int limit, SlotKey after) {
        return new SlotSearch(
                ORG,
                channels,
                FAMILY_COUNSELLING,
                null,
                null,
                null,
                null,
                null,
                null,
                NOW,
                NOW.plus(Duration.ofDays(28)),
                limit,
                after);
    }

    private SlotPage page(SlotSearch query) {
        return ((Outcome.Accepted<SlotPage>) search.search(query)).value();
    }

    private BookableProduct product(
            String code, int minutes, int capacity, Set<Channel> channels, int before, int after) {
        BookableProduct product = new BookableProduct(
                BookableProductId.random(),
                ORG,
                code,
                FAMILY_COUNSELLING,
                LocalizedText.finnish(code),
                Duration.ofMinutes(minutes),
                Set.of("OFFICE"),
                capacity,
                channels,
                new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(24)),
                Duration.ofMinutes(before),
                Duration.ofMinutes(after),
                new GuidanceText("Tervetuloa", null, null));
        catalogue.add(product);
        return product;
    }

    private Resource professional(String name) {
        Resource resource = new Resource(
                ResourceId.random(),
                ORG,
                ResourceKind.PROFESSIONAL,
                name,
                "psykologi",
                null,
                Set.of(FAMILY_COUNSELLING),
                Set.of("fi"),
                Set.of(),
                "TEAM",
                null);
        catalogue.add(resource);
        return resource;
    }

    private void release(
            Resource resource, Set<BookableProduct> products, Set<Channel> channels, String from, String to) {
        calendar.add(new WeeklyRelease(
                ReleaseId.random(),
                ORG,
                resource.id(),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.parse(from),
                LocalTime.parse(to),
                MONDAY,
                MONDAY.plusMonths(3),
                Set.of(),
                false,
                new ReleaseTerms(
                        products.stream().map(BookableProduct::id).collect(Collectors.toSet()),
                        channels,
                        Set.of(),
                        null)));
    }

    private void addEntry(Resource resource, String type, String start, String end) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Outcome<?> outcome = new CalendarEntryService(
                        catalogue, calendar, new InMemoryBookings(calendar, clock, new InMemoryAuditLog()), clock)
                .add(
                        admin,
                        new AddCalendarEntryCommand(
                                resource.id(),
                                type,
                                new TimeInterval(Instant.parse(start), Instant.parse(end)),
                                null,
                                false));
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    }
}
