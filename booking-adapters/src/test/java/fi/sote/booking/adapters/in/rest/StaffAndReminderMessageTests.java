package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.SmtpServer;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.domain.calendar.BookingTime;

/**
 * The messages that reach people at a real SMTP server besides the client's confirmations: reminders at their time
 * (following a reschedule, never for a cancelled time, nor for one booked after its reminder fell due), a first
 * contact booked from counselling told to the professional, and a work-safety alert pushed to the supervisor and, when
 * nobody closes it, to the supervisor's second contact.
 */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class StaffAndReminderMessageTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    private String address(String who) {
        return who.toLowerCase() + "@example.fi";
    }

    private String client(String name) {
        String reference = name + "-" + catalogue.suffix;
        catalogue
                .asIntegration("client-record-system", "client-records.write")
                .body("{\"name\":\"Asiakas\",\"email\":\"" + address(reference) + "\"}")
                .put("/api/v1/client-records/" + reference)
                .then()
                .statusCode(204);
        return reference;
    }

    private void contact(String subject, String body) {
        catalogue
                .asAdministrator()
                .body(body)
                .put("/api/v1/staff-contacts/" + subject)
                .then()
                .statusCode(200);
    }

    /** A product reminded of an hour before, released on the resource from {@code start} for two hours. */
    private String remindedProduct() {
        String product = catalogue.product("R" + catalogue.suffix, 30, 1);
        return catalogue
                .asAdministrator()
                .body(product.substring(0, product.length() - 1) + ",\"reminderBeforeMinutes\":60}")
                .post("/api/v1/bookable-products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void release(String resource, String product, Instant start) {
        catalogue
                .asAdministrator()
                .body("{\"start\":\"" + start + "\",\"end\":\"" + start.plus(2, ChronoUnit.HOURS)
                        + "\",\"terms\":{\"productIds\":[\"" + product + "\"],\"channels\":[\"COUNSELLING\"]}}")
                .post("/api/v1/calendars/" + resource + "/releases/one-off")
                .then()
                .statusCode(201);
    }

    private String book(String resource, String product, Instant start, String client) {
        return catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(resource, product, start.toString(), client, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The text of a message, decoded. */
    private static String text(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream()
                .map(message -> {
                    try {
                        return message.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void aReminderComesAtItsTimeFollowsARescheduleAndNeverComesForACancelledOrLateBookedTime() throws Exception {
        String product = remindedProduct();
        // the reminders of times starting at `soon` fall due in eight seconds
        Instant soon = Instant.now()
                .truncatedTo(ChronoUnit.SECONDS)
                .plus(60, ChronoUnit.MINUTES)
                .plusSeconds(8);
        Instant later = soon.plus(3, ChronoUnit.DAYS);
        release(catalogue.resourceId, product, soon);
        release(catalogue.resourceId, product, later);
        release(catalogue.otherResourceId, product, soon);

        String moved = client("moved");
        String original = book(catalogue.resourceId, product, later, moved);
        catalogue
                .asPersona("counsellor")
                .body("{\"start\":\"" + soon + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + original + "/reschedule")
                .then()
                .statusCode(201);
        String cancelled = client("cancelled");
        String cancelledBooking = book(catalogue.otherResourceId, product, soon, cancelled);
        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + cancelledBooking + "/cancel")
                .then()
                .statusCode(200);
        // the next time, 45 minutes on, was due to be reminded of a quarter of an hour before it was booked
        String late = client("late");
        book(catalogue.resourceId, product, soon.plus(45, ChronoUnit.MINUTES), late);

        MimeMessage reminder = SmtpServer.mailTo(address(moved), "Muistutus ajanvarauksesta");
        String clock = DateTimeFormatter.ofPattern("H.mm").format(soon.atZone(BookingTime.ZONE));
        assertThat(text(reminder))
                .as("the reminder tells the time as it is now")
                .contains("klo " + clock)
                .doesNotContain(DateTimeFormatter.ofPattern("d.M.yyyy").format(later.atZone(BookingTime.ZONE)));

        // the other reminders fell due with this one; two seconds more for any that would wrongly have been sent
        Thread.sleep(2_000);
        // the confirmation of the first time is not sent when it was moved before it was told
        assertThat(subjects(SmtpServer.mailTo(address(moved), 0)))
                .endsWith("Ajanvarauksesi on muuttunut", "Muistutus ajanvarauksesta")
                .containsOnlyOnce("Muistutus ajanvarauksesta");
        assertThat(subjects(SmtpServer.mailTo(address(cancelled), 0)))
                .containsOnlyOnce("Ajanvarauksesi on peruttu")
                .doesNotContain("Muistutus ajanvarauksesta");
        assertThat(subjects(SmtpServer.mailTo(address(late), 0))).containsExactly("Ajanvaraus vahvistettu");
        assertThat(disclosures(moved, "sendClientMessage REMINDER")).isEqualTo(1);
    }

    @Test
    void aFirstContactBookedFromCounsellingIsToldToTheProfessionalWithoutNamingTheClient() throws Exception {
        catalogue
                .asProfessional()
                .body("{\"email\":\"" + address(catalogue.professionalSubject) + "\",\"language\":\"sv\"}")
                .put("/api/v1/staff-contacts/" + catalogue.professionalSubject)
                .then()
                .statusCode(200);
        catalogue
                .asProfessional()
                .get("/api/v1/staff-contacts/" + catalogue.professionalSubject)
                .then()
                .statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo("sv"));
        catalogue
                .asProfessional()
                .body("{\"email\":\"someone@example.fi\"}")
                .put("/api/v1/staff-contacts/" + catalogue.otherProfessionalSubject)
                .then()
                .statusCode(404);
        String client = client("first");
        String booking = BookingResourceTests.bookedByCounsellor(catalogue, 0, "09:00", client, null);

        List<MimeMessage> told = SmtpServer.mailTo(address(catalogue.professionalSubject), 1);
        assertThat(subjects(told)).containsExactly("Nytt första besök");
        assertThat(text(told.get(0)))
                .contains("kl. 9.00")
                .contains("Ensikäynti")
                .contains(booking.substring(0, 8).toUpperCase())
                .doesNotContain(client);
        assertThat(disclosures(client, "sendStaffMessage FIRST_CONTACT")).isEqualTo(1);

        // a time a client books themselves is nothing to tell the professional of
        catalogue
                .as(client("own"), Roles.CLIENT)
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(2, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        Thread.sleep(1_000);
        assertThat(SmtpServer.mailTo(address(catalogue.professionalSubject), 0)).hasSize(1);
    }

    @Test
    void anOverdueVisitIsPushedToTheSupervisorThenToTheSecondContactUnlessSomeoneClosesIt() throws Exception {
        String deputy = "deputy-" + catalogue.suffix;
        contact(
                catalogue.supervisorSubject,
                "{\"email\":\"" + address(catalogue.supervisorSubject) + "\",\"secondContact\":\"" + deputy + "\"}");
        contact(deputy, "{\"email\":\"" + address(deputy) + "\",\"language\":\"en\"}");

        String visit = checkInEndingSoon();
        List<MimeMessage> toSupervisor = SmtpServer.mailTo(address(catalogue.supervisorSubject), 1);
        assertThat(subjects(toSupervisor)).containsExactly("Työturvallisuushälytys");
        assertThat(text(toSupervisor.get(0))).contains("Anna " + catalogue.suffix);
        List<MimeMessage> toDeputy = SmtpServer.mailTo(address(deputy), 1);
        assertThat(subjects(toDeputy)).containsExactly("Work-safety alert");
        assertThat(text(toDeputy.get(0)))
                .startsWith("The supervisor has not acknowledged the alert.")
                .contains("Anna " + catalogue.suffix);
        catalogue
                .asProfessional()
                .post("/api/v1/visits/" + visit + "/check-out")
                .then()
                .statusCode(200);

        // the next alert the supervisor closes at once: it goes no further
        String next = checkInEndingSoon();
        assertThat(SmtpServer.mailTo(address(catalogue.supervisorSubject), 2)).hasSize(2);
        catalogue
                .asSupervisor()
                .post("/api/v1/alerts/" + next + "/closure")
                .then()
                .statusCode(200);
        Thread.sleep(3_000);
        assertThat(SmtpServer.mailTo(address(deputy), 0))
                .as("no escalation of a closed alert")
                .hasSize(1);
        assertThat(SmtpServer.mailTo(address(catalogue.supervisorSubject), 0))
                .as("each alert pushed once")
                .hasSize(2);
    }

    /** Checks the professional in at a visit of their calendar that ends in two seconds. */
    private String checkInEndingSoon() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String entry = catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + catalogue.nonBlockingType() + "\",\"start\":\"" + now.minusSeconds(60)
                        + "\",\"end\":\"" + now.plusSeconds(2) + "\"}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return catalogue
                .asProfessional()
                .body("{\"calendarEntryId\":\"" + entry + "\"}")
                .post("/api/v1/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** How many disclosures of the operation name the client. */
    /**
     * The disclosure entries of the operation for the client, once the one expected is there or five seconds have
     * passed: the message reaches the mail server before the transaction that logs it commits.
     */
    private int disclosures(String client, String operation) throws Exception {
        int found = disclosuresNow(client, operation);
        for (Instant until = Instant.now().plusSeconds(5);
                found == 0 && Instant.now().isBefore(until); ) {
            Thread.sleep(100);
            found = disclosuresNow(client, operation);
        }
        return found;
    }

    private int disclosuresNow(String client, String operation) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        select (select count(*) from audit_pending
                                 where client_reference = ? and operation = ? and kind = 'DISCLOSURE')
                             + (select count(*) from audit_log
                                 where client_reference = ? and operation = ? and kind = 'DISCLOSURE')""")) {
            for (int at : new int[] {1, 3}) {
                statement.setString(at, client);
                statement.setString(at + 1, operation);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
