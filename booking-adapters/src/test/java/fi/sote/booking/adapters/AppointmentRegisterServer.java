package fi.sote.booking.adapters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Provenance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * A national appointment register for the tests, on a real HTTP server: a FHIR endpoint that takes transaction
 * Bundles of an Appointment and its Provenance as Kanta's scheduling service would (create, then update only on the
 * version it gave: 412 otherwise), parsing them strictly with HAPI FHIR, behind a token endpoint of OAuth client
 * credentials. A test can take it down (503) and read what it holds.
 */
public class AppointmentRegisterServer implements QuarkusTestResourceLifecycleManager {

    /** The code of the products a county keeps out of publication in the tests. */
    public static final String EXCLUDED = "NOT_PUBLISHED";

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final Map<String, Appointment> APPOINTMENTS = new ConcurrentHashMap<>();
    private static final List<Provenance> PROVENANCES = new CopyOnWriteArrayList<>();
    private static final List<String> IF_MATCHES = new CopyOnWriteArrayList<>();
    private static volatile boolean down;
    private static HttpServer server;

    public static void down(boolean isDown) {
        down = isDown;
    }

    /** The Appointment the register holds with this identifier value (urn:uuid:{booking id}). */
    public static Optional<Appointment> appointment(String bookingId) {
        return APPOINTMENTS.values().stream()
                .filter(appointment -> appointment.getIdentifier().stream()
                        .anyMatch(identifier -> identifier.getValue().equals("urn:uuid:" + bookingId)))
                .findFirst();
    }

    /** The Provenances that name the Appointment with this id in the register. */
    public static List<Provenance> provenances(String remoteId) {
        return PROVENANCES.stream()
                .filter(provenance ->
                        provenance.getTargetFirstRep().getReference().equals("Appointment/" + remoteId))
                .toList();
    }

    /** The If-Match of every update the register was sent. */
    public static List<String> ifMatches() {
        return List.copyOf(IF_MATCHES);
    }

    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.start(
                Map.of("/token", AppointmentRegisterServer::token, "/fhir", AppointmentRegisterServer::transaction));
        String base = LoopbackHttp.base(server);
        return Map.of(
                "booking.publication.mode", "fhir",
                "booking.publication.url", base + "/fhir",
                "booking.publication.token-url", base + "/token",
                "booking.publication.client-id", "booking-publisher",
                "booking.publication.client-secret", "kanta-secret",
                "booking.publication.every", "PT0.5S",
                "booking.publication.exclude", EXCLUDED);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean known = form.contains("client_id=booking-publisher") && form.contains("client_secret=kanta-secret");
        LoopbackHttp.answer(
                exchange,
                known ? 200 : 401,
                "application/json",
                known ? "{\"access_token\":\"kanta-token\",\"expires_in\":300}" : "{}");
    }

    private static void transaction(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"Bearer kanta-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, outcome("login", "no valid token"));
            return;
        }
        if (down) {
            answer(exchange, 503, outcome("transient", "down for maintenance"));
            return;
        }
        Bundle bundle;
        try {
            bundle = FHIR.newJsonParser()
                    .setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(Bundle.class, body);
        } catch (DataFormatException e) {
            answer(exchange, 400, outcome("structure", e.getMessage()));
            return;
        }
        synchronized (APPOINTMENTS) {
            Bundle.BundleEntryComponent first = bundle.getEntryFirstRep();
            Appointment appointment = (Appointment) first.getResource();
            String id;
            int version;
            if (first.getRequest().getMethod() == Bundle.HTTPVerb.POST) {
                id = UUID.randomUUID().toString();
                version = 1;
            } else {
                id = first.getRequest().getUrl().substring("Appointment/".length());
                Appointment held = APPOINTMENTS.get(id);
                IF_MATCHES.add(first.getRequest().getIfMatch());
                if (held == null
                        || !first.getRequest()
                                .getIfMatch()
                                .equals("W/\"" + held.getMeta().getVersionId() + "\"")) {
                    answer(exchange, 412, outcome("conflict", "the Appointment has another version"));
                    return;
                }
                version = Integer.parseInt(held.getMeta().getVersionId()) + 1;
            }
            appointment.setId(id);
            appointment.getMeta().setVersionId(Integer.toString(version));
            APPOINTMENTS.put(id, appointment);
            Provenance provenance = (Provenance) bundle.getEntry().get(1).getResource();
            provenance.getTargetFirstRep().setReference("Appointment/" + id);
            PROVENANCES.add(provenance);
            Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
            response.addEntry()
                    .getResponse()
                    .setStatus(version == 1 ? "201 Created" : "200 OK")
                    .setLocation("Appointment/" + id + "/_history/" + version)
                    .setEtag("W/\"" + version + "\"");
            response.addEntry().getResponse().setStatus("201 Created").setLocation("Provenance/" + UUID.randomUUID());
            answer(exchange, 200, FHIR.newJsonParser().encodeResourceToString(response));
        }
    }

    private static String outcome(String code, String text) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.fromCode(code))
                .setDiagnostics(text);
        return FHIR.newJsonParser().encodeResourceToString(outcome);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        LoopbackHttp.answer(exchange, status, "application/fhir+json", body);
    }
}
