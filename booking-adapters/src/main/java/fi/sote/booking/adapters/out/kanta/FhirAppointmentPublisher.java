package fi.sote.booking.adapters.out.kanta;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.out.http.ClientCredentials;
import fi.sote.booking.application.publication.port.out.AppointmentPublisher;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;

/**
 * Publishes to a FHIR R4 endpoint of the national appointment register: each document a transaction Bundle
 * ({@link KantaDocuments}) POSTed to the endpoint's base with a bearer token of OAuth client credentials. A 2xx
 * whose answer names the Appointment's location and version is taken; no answer, 401, 408, 429 and 5xx are tried
 * again; any other 4xx (the register will not take this document) is refused, with the OperationOutcome's text.
 */
public final class FhirAppointmentPublisher implements AppointmentPublisher {

    /** The connection settings of the register. */
    public record Settings(URI url, ClientCredentials.Settings credentials, Duration timeout, String recipient) {}

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private final Settings settings;
    private final HttpClient client;
    private final ClientCredentials credentials;

    public FhirAppointmentPublisher(Settings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.client = ClientCredentials.client(settings.timeout());
        this.credentials = new ClientCredentials(settings.credentials(), settings.timeout(), client, json, clock);
    }

    @Override
    public String recipient() {
        return settings.recipient();
    }

    @Override
    public Answer publish(Document document) {
        String body = KantaDocuments.json(document);
        HttpResponse<String> response;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/fhir+json; charset=UTF-8")
                    .header("Accept", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            credentials.authorization().ifPresent(value -> request.header("Authorization", value));
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer.Retry("The register did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Retry("Interrupted");
        }
        int status = response.statusCode();
        if (status == 401) {
            credentials.forget();
        }
        if (status == 401 || status == 408 || status == 429 || status >= 500) {
            return new Answer.Retry("The register answered " + status);
        }
        if (status < 200 || status >= 300) {
            return new Answer.Refused(status, text(response.body()));
        }
        return accepted(response.body());
    }

    /** The Appointment's id and version in the register, from the transaction's answer for its first entry. */
    private static Answer accepted(String body) {
        Bundle answer;
        try {
            answer = FHIR.newJsonParser().parseResource(Bundle.class, body);
        } catch (DataFormatException e) {
            return new Answer.Retry("The register's answer is not a transaction-response Bundle");
        }
        Bundle.BundleEntryResponseComponent first = answer.getEntryFirstRep().getResponse();
        // Appointment/{id}/_history/{version}, or Appointment/{id} with the version in the ETag
        String[] location = first.hasLocation() ? first.getLocation().split("/") : new String[0];
        String id = location.length >= 2 ? location[1] : null;
        String version = location.length >= 4
                ? location[3]
                : first.hasEtag() ? first.getEtag().replace("W/", "").replace("\"", "") : null;
        if (id == null
                || version == null
                || !first.hasStatus()
                || !first.getStatus().startsWith("2")) {
            return new Answer.Retry("The register's answer names no Appointment and version");
        }
        return new Answer.Accepted(id, version);
    }

    /** What an OperationOutcome says, or the body as it is. */
    private static String text(String body) {
        try {
            Resource resource = (Resource) FHIR.newJsonParser().parseResource(body);
            if (resource instanceof OperationOutcome outcome && outcome.hasIssue()) {
                return outcome.getIssueFirstRep().getCode().toCode() + ": "
                        + outcome.getIssueFirstRep().getDiagnostics();
            }
        } catch (DataFormatException e) {
            // not FHIR: the body itself says what is wrong
        }
        return body.length() > 500 ? body.substring(0, 500) : body;
    }
}
