package fi.sote.booking.adapters.in.rest;

import static fi.sote.booking.adapters.in.rest.BookingResourceTests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.SmtpServer;
import fi.sote.booking.adapters.security.LocalTokens;

/**
 * Clients' messages as they reach a real SMTP server: a booking made through the API is confirmed in the client's
 * language, a reschedule is told as a change, a cancellation as a cancellation, turvakielto keeps e-mail out unless the
 * client record allows it, and every message sent is in the disclosure log.
 */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class ClientMessageTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    private String client(String name, boolean nonDisclosure, String channels) {
        String reference = name + "-" + catalogue.suffix;
        catalogue
                .asIntegration("client-record-system", "client-records.write")
                .body("{\"name\":\"Asiakas\",\"email\":\"" + address(reference) + "\",\"nonDisclosure\":"
                        + nonDisclosure + (channels == null ? "" : ",\"messageChannels\":" + channels) + "}")
                .put("/api/v1/client-records/" + reference)
                .then()
                .statusCode(204);
        return reference;
    }

    private static String address(String reference) {
        return reference.toLowerCase() + "@example.fi";
    }

    private String book(int day, String time, String client, String language) {
        return BookingResourceTests.bookedByCounsellor(
                catalogue, day, time, client, "\"clientLanguage\":\"" + language + "\"");
    }

    /** The messages to the client, once there are {@code count} (within 15 s). */
    private static List<MimeMessage> mailTo(String client, int count) throws Exception {
        return SmtpServer.mailTo(address(client), count);
    }

    private int disclosures(String client) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        select (select count(*) from audit_pending where client_reference = ? and recipient = ?)
                             + (select count(*) from audit_log where client_reference = ? and recipient = ?)""")) {
            for (int at : new int[] {1, 3}) {
                statement.setString(at, client);
                statement.setString(at + 1, "EMAIL " + address(client));
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void aBookingIsConfirmedAtTheSmtpServerInTheClientsLanguageThenItsChangeAndItsCancellation() throws Exception {
        String client = client("sv-client", false, null);
        String booking = book(0, "09:00", client, "sv");

        MimeMessage confirmation = mailTo(client, 1).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Tidsbokningen är bekräftad");
        assertThat(confirmation.getFrom()[0].toString()).isEqualTo("ajanvaraus@kymenlaakso.example.fi");
        assertThat(GreenMailUtil.getBody(confirmation))
                .contains("kl. 9.00")
                .contains(booking.substring(0, 8).toUpperCase());

        String replacement = catalogue
                .asPersona("counsellor")
                .body("{\"start\":\"" + at(2, "10:15") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + booking + "/reschedule")
                .then()
                .statusCode(201)
                .extract()
                .path("items[0].id");
        MimeMessage change = mailTo(client, 2).get(1);
        assertThat(change.getSubject()).isEqualTo("Din tidsbokning har ändrats");
        assertThat(GreenMailUtil.getBody(change)).contains("kl. 10.15").contains("Tidigare tid");

        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + replacement + "/cancel")
                .then()
                .statusCode(200);
        MimeMessage cancellation = mailTo(client, 3).get(2);
        assertThat(cancellation.getSubject()).isEqualTo("Din tidsbokning har avbokats");

        Thread.sleep(1_000);
        assertThat(mailTo(client, 0)).as("each change told once").hasSize(3);
        assertThat(disclosures(client)).as("each message in the disclosure log").isEqualTo(3);
        assertThat(catalogue
                        .as(client, "client")
                        .get("/api/v1/me/messages")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .as("messages sent by e-mail are not kept")
                .isEmpty();
    }

    @Test
    void underTurvakieltoNoEMailIsSentUnlessTheClientRecordAllowsIt() throws Exception {
        String hidden = client("hidden", true, null);
        String allowed = client("allowed", true, "[\"EMAIL\"]");
        book(0, "09:00", hidden, "fi");
        book(0, "10:15", allowed, "fi");

        assertThat(mailTo(allowed, 1)).hasSize(1);
        assertThat(mailTo(allowed, 1).get(0).getSubject()).isEqualTo("Ajanvaraus vahvistettu");
        // the events are told in order: by the time the second booking's message came, the first was decided on
        assertThat(mailTo(hidden, 0)).as("turvakielto without e-mail allowed").isEmpty();
        assertThat(disclosures(hidden)).isZero();
    }
}
