package fi.sote.booking.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.ClientView;
import fi.sote.booking.application.fakes.InMemoryCatalogue;
import fi.sote.booking.application.fakes.InMemoryClientIdentities;
import fi.sote.booking.application.fakes.InMemoryClientRecords;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/**
 * Who sees what of a booking, role by field, written out as the table the README states. The booking is family
 * counselling in Pekka's calendar, made by the counsellor Kaisa for the client Maija (whose guardian-child relation
 * and non-disclosure come from the client-record port) with a referral; a second one she made by personal identity
 * code.
 */
class BookingVisibilityTests {

    private static final OrganisationId ORG = new OrganisationId("visibility");
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();
    private final InMemoryClientRecords records = new InMemoryClientRecords();
    private final InMemoryClientIdentities identities = new InMemoryClientIdentities();
    private final BookingVisibility visibility = new BookingVisibility(catalogue, records, identities);

    private final SocialServiceId familyCounselling = SocialServiceId.random();
    private final SocialServiceId youthWork = SocialServiceId.random();
    private final BookableProduct product = new BookableProduct(
            BookableProductId.random(),
            ORG,
            "FIRST",
            familyCounselling,
            LocalizedText.finnish("Ensikäynti"),
            Duration.ofHours(1),
            Set.of("OFFICE"),
            1,
            EnumSet.allOf(Channel.class),
            new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(48)),
            null,
            null,
            new GuidanceText("Tervetuloa", null, null));
    private final Resource pekka = professional("pekka", familyCounselling, "sari");
    private final Resource liisa = professional("liisa", familyCounselling, "sari");
    private final Resource olli = professional("olli", youthWork, "timo");

    /** The people asking, in the order of the table. */
    private final Map<String, Actor> actors = new LinkedHashMap<>();

    BookingVisibilityTests() {
        catalogue.add(product);
        catalogue.add(pekka);
        catalogue.add(liisa);
        catalogue.add(olli);
        actors.put("the client", actor("maija", Role.CLIENT));
        actors.put("their guardian", actor("mother", Role.CLIENT));
        actors.put("another client", actor("matti", Role.CLIENT));
        actors.put("the counsellor who booked", actor("kaisa", Role.COUNSELLOR));
        actors.put("another counsellor", actor("kalle", Role.COUNSELLOR));
        actors.put("the calendar's professional", actor("pekka", Role.PROFESSIONAL));
        actors.put("a professional of the service", actor("liisa", Role.PROFESSIONAL));
        actors.put("a professional of another service", actor("olli", Role.PROFESSIONAL));
        actors.put("the professional's supervisor", actor("sari", Role.SUPERVISOR));
        actors.put("another supervisor", actor("timo", Role.SUPERVISOR));
        actors.put("an integration", actor("client-record-system", Role.INTEGRATION));
        actors.put("an administrator", actor("aino", Role.ADMINISTRATOR));
        actors.put("an auditor", actor("tuula", Role.AUDITOR));
    }

    @Test
    void whoSeesWhatOfABooking() {
        Booking booking = booking("maija", "Toive ruotsiksi");
        String code = identities.reference(ORG, PersonalIdentityCode.parse("code", "131052-308T"));
        Booking byCode = booking(code, null);

        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, Actor> each : actors.entrySet()) {
            Actor actor = each.getValue();
            record(false);
            ClientView view = visibility.clientView(actor, booking, true);
            ClientView.Contact contact = view.contact();
            record(true);
            ClientView.Contact underNonDisclosure =
                    visibility.clientView(actor, booking, true).contact();
            table.append(String.format(
                    "%-36s %-8s %-7s %-5s %-8s %-18s %s%n",
                    each.getKey(),
                    yes(visibility.maySee(actor, booking)),
                    yes(view.identified()),
                    yes(visibility.clientView(actor, byCode, false).code() != null),
                    yes(contact != null && !contact.withheld()),
                    underNonDisclosure == null ? "-" : underNonDisclosure.withheld() ? "withheld" : "shown",
                    yes(view.referral())));
        }

        assertThat(table.toString()).isEqualTo("""
                the client                           yes      yes     no    yes      shown              no
                their guardian                       yes      yes     no    yes      shown              no
                another client                       no       no      no    no       -                  no
                the counsellor who booked            yes      yes     yes   yes      withheld           yes
                another counsellor                   no       no      no    no       -                  no
                the calendar's professional          yes      yes     yes   yes      shown              yes
                a professional of the service        yes      yes     yes   yes      withheld           yes
                a professional of another service    no       no      no    no       -                  no
                the professional's supervisor        yes      yes     yes   yes      withheld           yes
                another supervisor                   no       no      no    no       -                  no
                an integration                       yes      yes     yes   yes      withheld           no
                an administrator                     no       no      no    no       -                  no
                an auditor                           no       no      no    no       -                  no
                """);
    }

    @Test
    void aClientAndTheirGuardianSeeTheBookingAsItsClientOnlyStaffForTheService() {
        Booking booking = booking("maija", null);
        record(false);
        assertThat(visibility.seesAsClientOnly(actors.get("the client"), booking))
                .isTrue();
        assertThat(visibility.seesAsClientOnly(actors.get("their guardian"), booking))
                .isTrue();
        assertThat(visibility.seesAsClientOnly(actors.get("the calendar's professional"), booking))
                .isFalse();
        assertThat(visibility.seesAsClientOnly(actor("pekka", Role.PROFESSIONAL, Role.CLIENT), booking))
                .isFalse();
    }

    @Test
    void whomACalendarEntryConcernsIsForThoseWhoGiveTheServiceAndAnEntryWithoutAClientHidesNothing() {
        CalendarEntry visit = new CalendarEntry(
                CalendarEntryId.random(),
                ORG,
                pekka.id(),
                "HOME_VISIT",
                true,
                new TimeInterval(
                        NOW.plus(Duration.ofDays(1)),
                        NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(1))),
                "maija",
                0);
        CalendarEntry meeting = new CalendarEntry(
                CalendarEntryId.random(), ORG, pekka.id(), "MEETING", true, visit.interval(), null, 0);

        List<String> identifying = actors.entrySet().stream()
                .filter(each -> visibility.mayIdentify(each.getValue(), visit))
                .map(Map.Entry::getKey)
                .toList();

        assertThat(identifying)
                .containsExactly(
                        "the calendar's professional",
                        "a professional of the service",
                        "the professional's supervisor",
                        "an integration");
        assertThat(actors.values()).allMatch(actor -> visibility.mayIdentify(actor, meeting));
    }

    private void record(boolean nonDisclosure) {
        records.save(
                ORG,
                new ClientRecord(
                        "maija",
                        "Maija Asiakas",
                        "040 123 4567",
                        new Address("Kotkankatu 1", "48100", "Kotka"),
                        nonDisclosure,
                        Set.of("mother")));
    }

    private Booking booking(String client, String referral) {
        Instant start = NOW.plus(Duration.ofDays(7));
        BookedTime time = BookedTime.of(
                product, pekka.id(), new TimeInterval(start, start.plus(Duration.ofHours(1))), "OFFICE", null);
        return new Booking(
                BookingId.random(),
                ORG,
                time,
                client,
                "fi",
                Channel.COUNSELLING,
                "kaisa",
                NOW,
                BookingStatus.BOOKED,
                null,
                referral,
                false,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    private Resource professional(String subject, SocialServiceId service, String supervisor) {
        return new Resource(
                new ResourceId(UUID.randomUUID()),
                ORG,
                ResourceKind.PROFESSIONAL,
                subject,
                null,
                subject,
                Set.of(service),
                Set.of("fi"),
                Set.of(),
                "TEAM",
                supervisor);
    }

    private static Actor actor(String subject, Role... roles) {
        return new Actor(ORG, subject, Set.of(roles));
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }
}
