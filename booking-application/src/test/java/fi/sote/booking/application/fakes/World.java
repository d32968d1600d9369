package fi.sote.booking.application.fakes;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import fi.sote.booking.application.absence.AbsenceImpacts;
import fi.sote.booking.application.absence.HandleAbsenceService;
import fi.sote.booking.application.absence.RecordAbsenceService;
import fi.sote.booking.application.absence.ViewAbsenceService;
import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.booking.BookSeriesService;
import fi.sote.booking.application.booking.BookSlotService;
import fi.sote.booking.application.booking.BookTogetherService;
import fi.sote.booking.application.booking.BookingChanges;
import fi.sote.booking.application.booking.BookingDrafts;
import fi.sote.booking.application.booking.CancelBookingService;
import fi.sote.booking.application.booking.RecordAttendanceService;
import fi.sote.booking.application.booking.RescheduleBookingService;
import fi.sote.booking.application.booking.ViewBookingsService;
import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.booking.port.out.BookingIds;
import fi.sote.booking.application.calendar.CalendarEntryService;
import fi.sote.booking.application.calendar.SearchSlotsService;
import fi.sote.booking.application.privacy.BookingVisibility;
import fi.sote.booking.application.safety.AlertService;
import fi.sote.booking.application.safety.VisitService;
import fi.sote.booking.application.safety.WhereaboutsService;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.application.waitlist.WaitlistService;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.policy.AttendancePolicy;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.WeeklyRelease;
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
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/**
 * One organisation in memory, with the booking use cases wired to fakes of every port. Family counselling has two
 * professionals in team FAMILY under the supervisor "sari" (Pekka, whose calendar is released on Mondays and
 * Wednesdays 9-12 for counselling, client self-service and integrations at the Kotka service point, open on weekdays
 * 8-16, and Liisa); youth
 * work has Olli under "timo". It is Monday 23 November 2026, 10:00 in Helsinki.
 */
public final class World {

    public static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    /** A Monday with released time, a week ahead: within the products' notice (24 h) and horizon (60 days). */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    public final OrganisationId organisation = new OrganisationId("world");
    public final MutableClock clock = new MutableClock(NOW);
    public final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    public final InMemoryCalendar calendar = new InMemoryCalendar(catalogue);
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryBookings bookings = new InMemoryBookings(calendar, clock, audit);
    public final InMemoryClientRecords records = new InMemoryClientRecords();
    public final InMemoryClientIdentities identities = new InMemoryClientIdentities();

    public final BookingVisibility visibility = new BookingVisibility(catalogue, records, identities);
    public final BookingDrafts drafts = new BookingDrafts(
            catalogue,
            calendar,
            bookings,
            identities,
            visibility,
            new AuditTrail(audit, clock),
            clock,
            BookingIds.RANDOM);
    public final BookingChanges changes = new BookingChanges(bookings, catalogue, visibility, clock);
    public final BookSlotService bookSlot = new BookSlotService(drafts, changes, Duration.ofMinutes(10), 2);
    public final BookSeriesService series = new BookSeriesService(drafts);
    public final BookTogetherService together = new BookTogetherService(drafts);
    public final CancelBookingService cancel = new CancelBookingService(changes);
    public final RescheduleBookingService reschedule = new RescheduleBookingService(changes, drafts);
    public final RecordAttendanceService attendance =
            new RecordAttendanceService(changes, new AttendancePolicy(AttendancePolicy.DEFAULT_CHECK_IN_OPENS));
    public final ViewBookingsService view =
            new ViewBookingsService(bookings, catalogue, identities, visibility, new AuditTrail(audit, clock), clock);

    public final CalendarEntryService entries = new CalendarEntryService(catalogue, calendar, bookings, clock);

    public final InMemoryAbsences absences = new InMemoryAbsences(calendar);
    public final InMemoryVisits visits = new InMemoryVisits();
    public final RecordedNotifications notifications = new RecordedNotifications();
    public final AbsenceImpacts impacts = new AbsenceImpacts(catalogue, calendar, bookings, absences, clock);
    public final RecordAbsenceService recordAbsence = new RecordAbsenceService(impacts);
    public final ViewAbsenceService viewAbsence =
            new ViewAbsenceService(impacts, calendar, calendar, new SearchSlotsService(catalogue, calendar, clock));
    public final HandleAbsenceService handleAbsence =
            new HandleAbsenceService(impacts, reschedule, cancel, notifications);
    /** Alerts fall due 15 minutes after a visit's planned end. */
    public final VisitService visitService =
            new VisitService(catalogue, calendar, bookings, visits, Duration.ofMinutes(15), clock);

    public final InMemoryWaitlist waitlist = new InMemoryWaitlist();
    /** Offers are held for a day at most. */
    public final WaitlistService waitlistService = new WaitlistService(
            waitlist,
            catalogue,
            bookings,
            new SearchSlotsService(catalogue, calendar, clock),
            bookSlot,
            cancel,
            identities,
            records,
            visibility,
            new AuditTrail(audit, clock),
            clock,
            Duration.ofDays(1));

    public final AlertService alerts = new AlertService(catalogue, visits, clock);
    public final WhereaboutsService whereabouts =
            new WhereaboutsService(catalogue, calendar, bookings, visits, records);

    public final SocialService familyCounselling = socialService("FAMILY_COUNSELLING");
    public final SocialService youthWork = socialService("YOUTH");
    public final ServicePoint kotka = new ServicePoint(
            ServicePointId.random(),
            organisation,
            "KOTKA",
            LocalizedText.finnish("Kotkan perheneuvola"),
            new Address("Kirkkokatu 2", "48100", "Kotka"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                    .map(day -> new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                    .toList());
    /** 60 minutes at the office or by phone, through every channel; notice 24 h, horizon 60 days, deadline 48 h. */
    public final BookableProduct firstVisit = product("FIRST_VISIT", familyCounselling, 1, Set.of("OFFICE", "PHONE"));
    /** A parent group of three, at the office. */
    public final BookableProduct parentGroup = product("PARENT_GROUP", familyCounselling, 3, Set.of("OFFICE"));

    public final BookableProduct youthChat = product("YOUTH_CHAT", youthWork, 1, Set.of("PHONE"));
    public final Resource pekka = professional("Pekka", "pekka", familyCounselling, "FAMILY", "sari");
    public final Resource liisa = professional("Liisa", "liisa", familyCounselling, "FAMILY", "sari");
    public final Resource olli = professional("Olli", "olli", youthWork, "YOUTH", "timo");
    public final WeeklyRelease pekkasRelease = new WeeklyRelease(
            ReleaseId.random(),
            organisation,
            pekka.id(),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            MONDAY,
            MONDAY.plusWeeks(8),
            Set.of(),
            true,
            new ReleaseTerms(
                    Set.of(firstVisit.id(), parentGroup.id()),
                    Set.of(Channel.COUNSELLING, Channel.CLIENT_SELF_SERVICE, Channel.INTEGRATION),
                    Set.of(),
                    kotka.id()));

    public World() {
        catalogue.add(familyCounselling);
        catalogue.add(youthWork);
        catalogue.add(kotka);
        catalogue.add(new ContactMode(organisation, "OFFICE", null, LocalizedText.finnish("Toimistokäynti"), false));
        catalogue.add(new ContactMode(organisation, "PHONE", null, LocalizedText.finnish("Puhelu"), true));
        catalogue.add(firstVisit);
        catalogue.add(parentGroup);
        catalogue.add(youthChat);
        catalogue.add(pekka);
        catalogue.add(liisa);
        catalogue.add(olli);
        calendar.add(pekkasRelease);
        catalogue.add(new CalendarEntryType(
                organisation,
                "SICK_LEAVE",
                EntryCategory.ABSENCE,
                true,
                LocalizedText.finnish("Sairausloma"),
                LocalizedText.finnish("Poissa")));
        catalogue.add(new CalendarEntryType(
                organisation,
                "HOME_VISIT",
                EntryCategory.CLIENT_WORK,
                true,
                LocalizedText.finnish("Kotikäynti"),
                LocalizedText.finnish("Asiakastyö")));
        catalogue.add(new CalendarEntryType(
                organisation,
                "DOCUMENTATION",
                EntryCategory.OTHER_WORK,
                false,
                LocalizedText.finnish("Kirjaaminen"),
                LocalizedText.finnish("Muu työ")));
    }

    private SocialService socialService(String code) {
        return new SocialService(
                SocialServiceId.random(),
                organisation,
                code,
                null,
                new ServiceTaskId(UUID.randomUUID()),
                LocalizedText.finnish(code));
    }

    private BookableProduct product(String code, SocialService service, int capacity, Set<String> modes) {
        return new BookableProduct(
                BookableProductId.random(),
                organisation,
                code,
                service.id(),
                LocalizedText.finnish(code),
                Duration.ofHours(1),
                modes,
                capacity,
                EnumSet.allOf(Channel.class),
                new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(48)),
                null,
                null,
                new GuidanceText("Ota mukaan " + code, "Ta med " + code, null));
    }

    private Resource professional(String name, String subject, SocialService service, String team, String supervisor) {
        return new Resource(
                ResourceId.random(),
                organisation,
                ResourceKind.PROFESSIONAL,
                name,
                "sosiaalityöntekijä",
                subject,
                Set.of(service.id()),
                Set.of("fi", "sv"),
                Set.of(kotka.id()),
                team,
                supervisor);
    }

    /** A room at {@code point}, in {@code team} (or none), whose calendar Sari keeps; added to the catalogue. */
    public Resource room(String name, ServicePoint point, String team) {
        Resource room = new Resource(
                ResourceId.random(),
                organisation,
                ResourceKind.ROOM,
                name,
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(point.id()),
                team,
                "sari");
        catalogue.add(room);
        return room;
    }

    public Actor as(String subject, Role... roles) {
        return new Actor(organisation, subject, Set.of(roles));
    }

    public Actor client(String subject) {
        return as(subject, Role.CLIENT);
    }

    public Actor counsellor() {
        return as("kaisa", Role.COUNSELLOR);
    }

    public Actor professional(Resource resource) {
        return as(resource.subject(), Role.PROFESSIONAL);
    }

    public Actor supervisor(String subject) {
        return as(subject, Role.SUPERVISOR);
    }

    public Actor integration() {
        return as("client-record-system", Role.INTEGRATION);
    }

    /** The instant of a local time in Helsinki, {@code days} after {@link #MONDAY}. */
    public static Instant at(int days, String time) {
        return MONDAY.plusDays(days)
                .atTime(LocalTime.parse(time))
                .atZone(BookingTime.ZONE)
                .toInstant();
    }

    /** A time of {@code product} in {@code resource}'s calendar for {@code client}, by the caller's only channel. */
    public static SlotRequest request(Resource resource, BookableProduct product, Instant start, String client) {
        return new SlotRequest(resource.id(), product.id(), start, "OFFICE", null, client, null, null, false, null);
    }

    public void recordClient(String reference, boolean nonDisclosure, String... guardians) {
        records.save(
                organisation,
                new ClientRecord(
                        reference,
                        "Asiakas " + reference,
                        "040 123 4567",
                        new Address("Kotkankatu 1", "48100", "Kotka"),
                        nonDisclosure,
                        Set.of(guardians)));
    }

    /** Books the time and answers the booking, failing the test when it cannot be booked. */
    public Booking booked(Actor actor, SlotRequest request) {
        Outcome<Booking> outcome = bookSlot.book(actor, new BookSlotCommand(request, Commit.WITH_CALLER));
        if (!(outcome instanceof Outcome.Accepted<Booking> accepted)) {
            throw new AssertionError("not booked: " + outcome);
        }
        return accepted.value();
    }

    /** Runs a use case as the inbound edge does, in a transaction that a refusal rolls back. */
    public <T> Outcome<T> inTransaction(Supplier<Outcome<T>> useCase) {
        Object savepoint = bookings.savepoint();
        int told = notifications.sent().size();
        Outcome<T> outcome = useCase.get();
        if (!(outcome instanceof Outcome.Accepted<T>)) {
            bookings.rollBack(savepoint);
            notifications.rollBackTo(told);
        }
        return outcome;
    }

    public Booking current(Booking booking) {
        return bookings.booking(organisation, booking.id()).orElseThrow();
    }
}
