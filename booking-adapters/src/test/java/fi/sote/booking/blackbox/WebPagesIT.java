package fi.sote.booking.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.security.DemoPersona;

/**
 * The reference web pages the packaged service serves at {@code /web/}, walked in headless Chromium by
 * {@code web/test/browser.sh journey}: the counsellor books a first contact, the client sees it on a phone-sized
 * screen, moves it and books a time for a child in their custody, the professional sees it in their day; each page
 * passes axe-core's WCAG 2.1 AA rules without a serious violation. Also what the pages read before signing in: the
 * configuration and, in the local mode only, the personas.
 */
@ExtendWith(DemoService.class)
class WebPagesIT {

    /** Runs a browser test of the pages: {@code web/test/browser.sh <test> <arguments>}. */
    static final Path BROWSER_TEST = Path.of(System.getProperty("booking.web-browser-test", "../web/test/browser.sh"));

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void theCounsellorsBookingIsMovedByTheClientAndSeenByTheProfessionalAndTheClientBooksForTheirChild(
            PackagedService service) throws Exception {
        // the client-record system tells the service of a child in the demo client's custody
        String child = "Aino Meikäläinen";
        HttpResponse<String> recorded = service.put(
                "/api/v1/client-records/WEB-CHILD",
                service.token("integration"),
                "{\"name\":\"" + child + "\",\"guardians\":[\""
                        + DemoPersona.named("client").subject() + "\"]}");
        assertThat(recorded.statusCode()).isEqualTo(204);

        String report = BrowserCheck.run(
                BROWSER_TEST, directory.resolve("journey.txt"), "journey", service.baseUrl() + "/web/", "", child);

        assertThat(report)
                .contains("ok  the counsellor finds the next free times and books one by keyboard")
                .contains("ok  the client sees the booking on a phone and moves it")
                .contains("ok  the client books a time for their child and cancels it")
                .contains("ok  the professional sees the moved booking in their day")
                .contains("ok  the professional releases time weekly")
                .contains("The journey passed");
    }

    @Test
    void thePagesSignInAsTheDemoPersonasOfTheirRolesOnly(PackagedService service) throws Exception {
        JsonNode configuration = JSON.readTree(service.sendOutsideContract(
                        service.request("/web/config.json", null).GET())
                .body());
        assertThat(configuration.path("signIn").asText()).isEqualTo("local");
        assertThat(configuration.fieldNames()).toIterable().containsExactlyInAnyOrder("signIn", "api");

        JsonNode personas = JSON.readTree(service.sendOutsideContract(
                        service.request("/web/local/personas", null).GET())
                .body());
        assertThat(personas.findValuesAsText("persona"))
                .containsExactlyInAnyOrder("professional", "professional-2", "counsellor", "client", "client-2");

        HttpResponse<String> signedIn = signIn(service, "{\"persona\":\"counsellor\"}");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String token = JSON.readTree(signedIn.body()).path("token").asText();
        JsonNode me = JSON.readTree(service.get("/api/v1/me", token).body());
        assertThat(me.path("roles").toString()).isEqualTo("[\"counsellor\"]");

        HttpResponse<String> administrator = signIn(service, "{\"persona\":\"administrator\"}");
        assertThat(administrator.statusCode()).isEqualTo(400);
        assertThat(administrator.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(administrator.body())
                        .path("errors")
                        .path(0)
                        .path("field")
                        .asText())
                .isEqualTo("persona");
    }

    private static HttpResponse<String> signIn(PackagedService service, String body) throws Exception {
        return service.sendOutsideContract(service.request("/web/local/sign-in", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
