package fi.sote.booking.adapters.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.adapters.platform.LocalDefaultsConfigSourceFactory;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.notification.port.out.StaffContacts;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
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
import fi.sote.booking.domain.catalogue.ServiceTask;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.notification.StaffContact;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The demo organisation's catalogue and calendars, so that a newcomer sees a living system: the six
 * social services of the Kymenlaakso pilot, 30 professionals in six teams at three service points,
 * the uniform entry types, bookable products with guidance in Finnish, Swedish and English, and six
 * months of weekly released time with team meetings and home visits in between. Loaded once, on the
 * first start of the embedded default (or when {@code booking.demo-data.load=true}).
 */
@ApplicationScoped
class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class);
    private static final OrganisationId DEMO = new OrganisationId(DemoPersona.DEMO_ORGANISATION);

    private final boolean load;
    private final int professionalsPerService;
    private final int organisations;
    private final ServiceTaskRepository serviceTasks;
    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final ClientRecords clientRecords;
    private final ClientIdentities clientIdentities;
    private final StaffContacts staffContacts;
    private final DataSource dataSource;

    DemoCatalogue(
            @ConfigProperty(name = LocalDefaultsConfigSourceFactory.DEMO_DATA, defaultValue = "false") boolean load,
            @ConfigProperty(name = "booking.demo-data.professionals-per-service", defaultValue = "5")
                    int professionalsPerService,
            @ConfigProperty(name = "booking.demo-data.organisations", defaultValue = "1") int organisations,
            ServiceTaskRepository serviceTasks,
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            ClientRecords clientRecords,
            ClientIdentities clientIdentities,
            StaffContacts staffContacts,
            DataSource dataSource) {
        this.dataSource = dataSource;
        this.clientRecords = clientRecords;
        this.clientIdentities = clientIdentities;
        this.staffContacts = staffContacts;
        this.load = load;
        this.professionalsPerService = Math.max(1, Math.min(professionalsPerService, FIRST_NAMES.size()));
        this.organisations = Math.max(1, organisations);
        this.serviceTasks = serviceTasks;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    void loadOnFirstStart(@Observes StartupEvent event) {
        if (load) {
            boolean loaded = false;
            for (int number = 1; number <= organisations; number++) {
                // the benchmark adds organisations of the same size beside the demo one (other tenants' data)
                OrganisationId organisation = number == 1 ? DEMO : new OrganisationId("benchmark-" + number);
                loaded |= QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                    if (!serviceTasks.findAll(organisation).isEmpty()) {
                        return false;
                    }
                    load(organisation, LocalDate.now(BookingTime.ZONE));
                    return true;
                });
            }
            if (loaded) {
                analyze();
            }
        }
    }

    /**
     * Vacuum and fresh statistics after a bulk load, as after any: the planner then sees the
     * calendars as they are, and autovacuum has no backlog to work through while the service serves.
     */
    private void analyze() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) calendar_entry, released_time, resource, bookable_product");
        } catch (SQLException e) {
            LOG.warn("Could not vacuum and analyze the tables after loading the demo catalogue", e);
        }
    }

    private record Service(String code, String fi, String sv, String en, String task, String title) {}

    private static final List<Service> SERVICES = List.of(
            new Service(
                    "HOME_HELP",
                    "Lapsiperheiden kotipalvelu",
                    "Hemservice för barnfamiljer",
                    "Home help for families",
                    "FAMILIES",
                    "lähihoitaja"),
            new Service(
                    "EARLY_FAMILY_WORK",
                    "Varhaisen tuen perhetyö",
                    "Familjearbete för tidigt stöd",
                    "Early-support family work",
                    "FAMILIES",
                    "perhetyöntekijä"),
            new Service(
                    "FAMILY_COUNSELLING",
                    "Perheneuvola",
                    "Familjerådgivning",
                    "Family counselling clinic",
                    "FAMILIES",
                    "psykologi"),
            new Service(
                    "YOUTH_LOW_THRESHOLD",
                    "Nuorten matalan kynnyksen palvelu",
                    "Lågtröskeltjänst för unga",
                    "Low-threshold service for young people",
                    "WORKING_AGE",
                    "sosiaaliohjaaja"),
            new Service(
                    "DISABILITY_SERVICES",
                    "Vammaispalvelut",
                    "Handikappservice",
                    "Disability services",
                    "DISABILITY",
                    "sosiaalityöntekijä"),
            new Service(
                    "SUPPORTED_HOUSING",
                    "Tuettu asuminen",
                    "Stött boende",
                    "Supported housing",
                    "WORKING_AGE",
                    "ohjaaja"));

    private static final List<String> FIRST_NAMES = List.of(
            "Anna", "Mikko", "Laura", "Jari", "Sari", "Timo", "Minna", "Antti", "Hanna", "Janne", "Tiina", "Petri",
            "Johanna", "Ville", "Katja", "Marko", "Elina", "Sami", "Riikka", "Tuomas", "Heidi", "Jukka", "Satu", "Olli",
            "Päivi", "Lauri", "Noora", "Eero", "Kirsi", "Aleksi");
    private static final List<String> LAST_NAMES = List.of(
            "Korhonen",
            "Virtanen",
            "Mäkinen",
            "Nieminen",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Koskinen",
            "Järvinen",
            "Lehtonen");

    private void load(OrganisationId organisation, LocalDate today) {
        // the demo clients as the client-record system knows them, with e-mail addresses for their messages
        for (String[] client : new String[][] {
            {"client", "Maija Meikäläinen", "maija.meikalainen@example.fi"},
            {"client-2", "Matti Virtanen", "matti.virtanen@example.fi"}
        }) {
            // linked to the persona's personal identity code, which its token carries as strong identification does
            DemoPersona persona = DemoPersona.named(client[0]);
            clientRecords.save(
                    organisation,
                    new ClientRecord(persona.subject(), client[1], null, null, false, Set.of(), client[2], null),
                    clientIdentities.pseudonym(
                            organisation,
                            PersonalIdentityCode.parse("personalIdentityCode", persona.personalIdentityCode())));
        }
        // the demo staff's work e-mail addresses; the administrator is the supervisor's second contact for alerts
        for (String[] staff : new String[][] {
            {"professional", "pekka.sosiaaliohjaaja@example.fi", null},
            {"professional-2", "sanna.perhetyontekija@example.fi", null},
            {"supervisor", "juha.esihenkilo@example.fi", "administrator"},
            {"administrator", "aino.yllapitaja@example.fi", null}
        }) {
            staffContacts.save(new StaffContact(
                    organisation,
                    DemoPersona.named(staff[0]).subject(),
                    staff[1],
                    null,
                    "fi",
                    staff[2] == null ? null : DemoPersona.named(staff[2]).subject()));
        }
        Map<String, ServiceTask> tasks = new LinkedHashMap<>();
        for (String[] task : new String[][] {
            {"FAMILIES", "Lapsiperheiden palvelut", "Tjänster för barnfamiljer", "Services for families with children"},
            {"CHILD_PROTECTION", "Lastensuojelu", "Barnskydd", "Child protection"},
            {"FAMILY_LAW", "Perheoikeudelliset palvelut", "Familjerättsliga tjänster", "Family-law services"},
            {"WORKING_AGE", "Työikäisten palvelut", "Tjänster för personer i arbetsför ålder", "Working-age services"},
            {"DISABILITY", "Vammaispalvelut", "Handikappservice", "Disability services"}
        }) {
            ServiceTask serviceTask = ServiceTask.register(
                    organisation, task[0], new LocalizedText(task[1], task[2], task[3]), Instant.now());
            serviceTasks.addIfCodeFree(serviceTask);
            tasks.put(task[0], serviceTask);
        }
        List<OpeningHours> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .map(day -> new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                .toList();
        List<ServicePoint> points = List.of(
                new ServicePoint(
                        ServicePointId.random(),
                        organisation,
                        "KOTKA",
                        new LocalizedText("Kotkan sosiaalipalvelut", "Kotka socialtjänster", "Kotka social services"),
                        new Address("Keskuskatu 20", "48100", "Kotka"),
                        weekdays),
                new ServicePoint(
                        ServicePointId.random(),
                        organisation,
                        "KOUVOLA",
                        new LocalizedText(
                                "Kouvolan sosiaalipalvelut", "Kouvola socialtjänster", "Kouvola social services"),
                        new Address("Salpausselänkatu 38", "45100", "Kouvola"),
                        weekdays),
                new ServicePoint(
                        ServicePointId.random(),
                        organisation,
                        "HAMINA",
                        new LocalizedText("Haminan palvelupiste", "Fredrikshamns servicepunkt", "Hamina service point"),
                        new Address("Puistokatu 2", "49400", "Hamina"),
                        weekdays));
        points.forEach(catalogue::add);
        // two meeting rooms at each service point, taken with the professional by times that need a room
        for (ServicePoint point : points) {
            for (int number = 1; number <= 2; number++) {
                catalogue.add(new Resource(
                        ResourceId.random(),
                        organisation,
                        ResourceKind.ROOM,
                        "Neuvotteluhuone " + number + " (" + point.address().postOffice() + ")",
                        null,
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(point.id()),
                        null,
                        null));
            }
        }
        // THL - Asiointitapa (1.2.246.537.6.884): 10 is "Kertakäynti toimipaikassa"; the codes of the other modes are
        // not in a source reachable here, so they are left for the county to set (PUT /api/v1/contact-modes/{code})
        for (Object[] mode : new Object[][] {
            {"OFFICE", "Käynti toimipisteessä", "Besök på verksamhetsstället", "Visit at the office", false, "10"},
            {"HOME_VISIT", "Kotikäynti", "Hembesök", "Home visit", false, null},
            {"PHONE", "Puhelu", "Telefonsamtal", "Phone call", true, null},
            {"VIDEO", "Videoyhteys", "Videosamtal", "Video call", true, null},
            {"CHAT", "Chat", "Chatt", "Chat", true, null}
        }) {
            catalogue.add(new ContactMode(
                    organisation,
                    (String) mode[0],
                    (String) mode[5],
                    new LocalizedText((String) mode[1], (String) mode[2], (String) mode[3]),
                    (Boolean) mode[4]));
        }
        for (Object[] type : new Object[][] {
            {"CLIENT_OFFICE", EntryCategory.CLIENT_WORK, true, "Asiakastapaaminen toimipisteessä", "Asiakastyö"},
            {"HOME_VISIT", EntryCategory.CLIENT_WORK, true, "Kotikäynti", "Asiakastyö"},
            {"CLIENT_REMOTE", EntryCategory.CLIENT_WORK, true, "Puhelin- tai videotapaaminen", "Asiakastyö"},
            {"TEAM_MEETING", EntryCategory.OTHER_WORK, true, "Tiimipalaveri", "Palaveri"},
            {"TRAVEL", EntryCategory.OTHER_WORK, true, "Matka", "Matka"},
            {"DOCUMENTATION", EntryCategory.OTHER_WORK, false, "Kirjaaminen", "Muu työ"},
            {"TRAINING", EntryCategory.OTHER_WORK, true, "Koulutus", "Koulutus"},
            {"ABSENCE", EntryCategory.ABSENCE, true, "Poissaolo", "Poissa"}
        }) {
            catalogue.add(new CalendarEntryType(
                    organisation,
                    (String) type[0],
                    (EntryCategory) type[1],
                    (Boolean) type[2],
                    LocalizedText.finnish((String) type[3]),
                    LocalizedText.finnish((String) type[4])));
        }

        SelfServiceRules rules = new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(24));
        Map<String, List<BookableProduct>> products = new LinkedHashMap<>();
        Map<String, SocialService> services = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            SocialService social = new SocialService(
                    SocialServiceId.random(),
                    organisation,
                    service.code(),
                    null,
                    tasks.get(service.task()).id(),
                    new LocalizedText(service.fi(), service.sv(), service.en()));
            catalogue.add(social);
            services.put(service.code(), social);
            products.put(service.code(), productsOf(organisation, social, service, rules));
            products.get(service.code()).forEach(catalogue::add);
        }

        String supervisor = DemoPersona.named("supervisor").subject();
        LocalDate until = today.plusMonths(6);
        int index = 0;
        for (Service service : SERVICES) {
            for (int member = 0; member < professionalsPerService; member++, index++) {
                boolean demo = organisation.equals(DEMO);
                String subject = demo && index == 2 * professionalsPerService
                        ? DemoPersona.named("professional").subject()
                        : demo && index == professionalsPerService
                                ? DemoPersona.named("professional-2").subject()
                                : null;
                Set<String> languages =
                        index % 4 == 0 ? Set.of("fi", "sv") : index % 7 == 0 ? Set.of("fi", "en") : Set.of("fi");
                ServicePoint point = points.get(index % points.size());
                Resource professional = new Resource(
                        ResourceId.random(),
                        organisation,
                        ResourceKind.PROFESSIONAL,
                        FIRST_NAMES.get(index % FIRST_NAMES.size()) + " "
                                + LAST_NAMES.get(index / 3 % LAST_NAMES.size()),
                        service.title(),
                        subject,
                        Set.of(services.get(service.code()).id()),
                        languages,
                        Set.of(point.id()),
                        service.code() + "_TEAM",
                        supervisor);
                catalogue.add(professional);
                // a network meeting is not released: the professional books it in their own calendar
                releaseWeekly(
                        organisation,
                        professional,
                        products.get(service.code()).stream()
                                .filter(product -> product.roomNeededFor().isEmpty())
                                .toList(),
                        today,
                        until);
                enterRoutine(organisation, professional, member, today, until);
            }
        }
        LOG.infof(
                "Loaded the demo catalogue of organisation %s: %d social services, %d professionals, calendars until %s",
                organisation, SERVICES.size(), index, until);
    }

    private static List<BookableProduct> productsOf(
            OrganisationId organisation, SocialService social, Service service, SelfServiceRules rules) {
        List<BookableProduct> list = new ArrayList<>();
        Set<Channel> everyone = EnumSet.allOf(Channel.class);
        Set<Channel> noClients = EnumSet.of(Channel.PROFESSIONAL, Channel.COUNSELLING, Channel.INTEGRATION);
        switch (service.code()) {
            case "HOME_HELP" ->
                list.add(product(
                        organisation,
                        social,
                        "HOME_HELP_ASSESSMENT",
                        "Kotipalvelun tarpeen arviointi",
                        "Bedömning av behovet av hemservice",
                        "Assessment of the need for home help",
                        60,
                        Set.of("HOME_VISIT", "PHONE"),
                        1,
                        noClients,
                        rules,
                        0,
                        15,
                        guidance(
                                "Työntekijä soittaa sinulle sovittuna aikana ja sopii kotikäynnistä.",
                                "Arbetstagaren ringer dig vid den avtalade tiden och kommer överens om ett hembesök.",
                                "The worker will call you at the agreed time and arrange a home visit.")));
            case "EARLY_FAMILY_WORK" ->
                list.add(
                        product(
                                organisation,
                                social,
                                "FAMILY_WORK_FIRST",
                                "Perhetyön ensitapaaminen",
                                "Första mötet med familjearbetet",
                                "First meeting with family work",
                                60,
                                Set.of("OFFICE", "HOME_VISIT", "VIDEO"),
                                1,
                                everyone,
                                rules,
                                0,
                                15,
                                guidance(
                                        "Mieti etukäteen, missä asioissa perheenne toivoo tukea. Voit tulla yksin tai koko perheen kanssa.",
                                        "Fundera i förväg på vad familjen önskar stöd med. Du kan komma ensam eller med hela familjen.",
                                        "Think in advance about what your family would like support with. Come alone or with the whole family.")));
            case "FAMILY_COUNSELLING" -> {
                list.add(
                        product(
                                organisation,
                                social,
                                "FAMILY_COUNSELLING_FIRST",
                                "Perheneuvolan ensikäynti",
                                "Första besöket på familjerådgivningen",
                                "First visit to the family counselling clinic",
                                90,
                                Set.of("OFFICE", "VIDEO"),
                                1,
                                everyone,
                                rules,
                                0,
                                15,
                                guidance(
                                        "Ensikäynnille tulevat yleensä vanhemmat ilman lasta. Varaa aikaa puolitoista tuntia.",
                                        "Till det första besöket kommer vanligen föräldrarna utan barnet. Reservera en och en halv timme.",
                                        "Parents usually come to the first visit without the child. Reserve an hour and a half.")));
                // a meeting of the family's network at the office takes a meeting room with the professional
                BookableProduct meeting = product(
                        organisation,
                        social,
                        "FAMILY_NETWORK_MEETING",
                        "Verkostopalaveri",
                        "Nätverksmöte",
                        "Network meeting",
                        90,
                        Set.of("OFFICE", "VIDEO"),
                        1,
                        EnumSet.of(Channel.PROFESSIONAL),
                        rules,
                        0,
                        15,
                        guidance(
                                "Palaveriin kutsutaan perheen kanssa sovitut läheiset ja yhteistyötahot.",
                                "Till mötet bjuds de närstående och samarbetsparter som familjen kommit överens om.",
                                "The people close to the family and the partners agreed with the family are invited."));
                list.add(new BookableProduct(
                        meeting.id(),
                        meeting.organisation(),
                        meeting.code(),
                        meeting.socialService(),
                        meeting.name(),
                        meeting.duration(),
                        meeting.contactModes(),
                        meeting.capacity(),
                        meeting.channels(),
                        meeting.selfService(),
                        meeting.bufferBefore(),
                        meeting.bufferAfter(),
                        meeting.guidance(),
                        null,
                        false,
                        Set.of("OFFICE")));
                list.add(product(
                        organisation,
                        social,
                        "PARENT_GROUP",
                        "Vanhempainryhmä",
                        "Föräldragrupp",
                        "Parent group",
                        90,
                        Set.of("OFFICE"),
                        8,
                        EnumSet.of(Channel.PROFESSIONAL, Channel.CLIENT_SELF_SERVICE),
                        rules,
                        0,
                        30,
                        guidance(
                                "Ryhmässä on enintään kahdeksan vanhempaa. Tule paikalle vähän ennen alkua.",
                                "Gruppen har högst åtta föräldrar. Kom en stund före start.",
                                "The group has at most eight parents. Please arrive a little before the start.")));
            }
            case "YOUTH_LOW_THRESHOLD" ->
                list.add(product(
                        organisation,
                        social,
                        "YOUTH_CHAT",
                        "Nuorten chat-aika",
                        "Chattid för unga",
                        "Chat time for young people",
                        30,
                        Set.of("CHAT", "PHONE"),
                        1,
                        EnumSet.of(Channel.CLIENT_SELF_SERVICE, Channel.COUNSELLING, Channel.PROFESSIONAL),
                        new SelfServiceRules(Duration.ofHours(2), Duration.ofDays(30), Duration.ofHours(2)),
                        0,
                        0,
                        guidance(
                                "Voit jutella nimettömästi. Linkki chattiin tulee tekstiviestinä ennen aikaa.",
                                "Du kan chatta anonymt. Länken till chatten kommer som sms före tiden.",
                                "You can chat anonymously. The chat link arrives by text message before the time.")));
            case "DISABILITY_SERVICES" ->
                list.add(product(
                        organisation,
                        social,
                        "DISABILITY_NEEDS",
                        "Vammaispalvelujen palvelutarpeen arviointi",
                        "Bedömning av servicebehovet inom handikappservicen",
                        "Disability service needs assessment",
                        60,
                        Set.of("HOME_VISIT", "OFFICE", "PHONE"),
                        1,
                        noClients,
                        rules,
                        0,
                        30,
                        guidance(
                                "Ota mukaan mahdolliset lääkärinlausunnot. Voit pyytää tulkin tai avustajan mukaan.",
                                "Ta med eventuella läkarutlåtanden. Du kan be om tolk eller assistent.",
                                "Bring any medical statements. You may ask for an interpreter or an assistant.")));
            default ->
                list.add(product(
                        organisation,
                        social,
                        "HOUSING_MEETING",
                        "Tuetun asumisen tapaaminen",
                        "Möte om stött boende",
                        "Supported housing meeting",
                        45,
                        Set.of("HOME_VISIT", "PHONE"),
                        1,
                        EnumSet.of(Channel.PROFESSIONAL, Channel.CLIENT_SELF_SERVICE, Channel.COUNSELLING),
                        rules,
                        0,
                        15,
                        guidance(
                                "Ohjaaja tulee kotiisi tai soittaa sovittuna aikana.",
                                "Handledaren kommer hem till dig eller ringer vid den avtalade tiden.",
                                "The counsellor will visit you at home or call at the agreed time.")));
        }
        return list;
    }

    private static BookableProduct product(
            OrganisationId organisation,
            SocialService social,
            String code,
            String fi,
            String sv,
            String en,
            int minutes,
            Set<String> modes,
            int capacity,
            Set<Channel> channels,
            SelfServiceRules rules,
            int before,
            int after,
            GuidanceText guidance) {
        return new BookableProduct(
                BookableProductId.random(),
                organisation,
                code,
                social.id(),
                new LocalizedText(fi, sv, en),
                Duration.ofMinutes(minutes),
                modes,
                capacity,
                channels,
                rules,
                Duration.ofMinutes(before),
                Duration.ofMinutes(after),
                guidance);
    }

    private static GuidanceText guidance(String fi, String sv, String en) {
        return new GuidanceText(fi, sv, en);
    }

    private void releaseWeekly(
            OrganisationId organisation,
            Resource professional,
            List<BookableProduct> products,
            LocalDate from,
            LocalDate until) {
        Set<BookableProductId> ids = products.stream().map(BookableProduct::id).collect(Collectors.toSet());
        Set<Channel> channels = products.stream()
                .flatMap(product -> product.channels().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
        ReleaseTerms terms = new ReleaseTerms(ids, channels, Set.of(), null);
        calendar.add(new WeeklyRelease(
                ReleaseId.random(),
                organisation,
                professional.id(),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(9, 0),
                LocalTime.of(11, 30),
                from,
                until,
                Set.of(),
                false,
                terms));
        calendar.add(new WeeklyRelease(
                ReleaseId.random(),
                organisation,
                professional.id(),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(12, 30),
                LocalTime.of(15, 30),
                from,
                until,
                Set.of(),
                false,
                terms));
    }

    /** A team meeting every Tuesday morning, and every other week a home visit inside Wednesday's released time. */
    private void enterRoutine(
            OrganisationId organisation, Resource professional, int member, LocalDate from, LocalDate until) {
        CalendarEntryType meeting =
                catalogue.entryType(organisation, "TEAM_MEETING").orElseThrow();
        CalendarEntryType homeVisit =
                catalogue.entryType(organisation, "HOME_VISIT").orElseThrow();
        LocalDate tuesday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        IntStream.iterate(0, week -> !tuesday.plusWeeks(week).isAfter(until), week -> week + 1)
                .forEach(week -> {
                    LocalDate day = tuesday.plusWeeks(week);
                    calendar.add(
                            CalendarEntry.create(organisation, professional.id(), meeting, local(day, 9, 0, 60), null));
                    if ((week + member) % 2 == 0) {
                        calendar.add(CalendarEntry.create(
                                organisation, professional.id(), homeVisit, local(day.plusDays(1), 10, 0, 90), null));
                    }
                });
    }

    private static TimeInterval local(LocalDate day, int hour, int minute, int minutes) {
        ZonedDateTime start = day.atTime(hour, minute).atZone(BookingTime.ZONE);
        return new TimeInterval(start.toInstant(), start.plusMinutes(minutes).toInstant());
    }
}
