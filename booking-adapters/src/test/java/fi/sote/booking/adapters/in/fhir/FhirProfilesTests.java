package fi.sote.booking.adapters.in.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The local profiles are loaded and bite: an Appointment that claims the Finnish Scheduling profile is held to it,
 * so that a resource the interface serves is checked against the guide's constraints, not only against base R4.
 */
class FhirProfilesTests {

    private static final String VALID = """
            {"resourceType":"Appointment",
             "meta":{"profile":["https://hl7.fi/fhir/finnish-scheduling/StructureDefinition/fi-scheduling-appointment"]},
             "identifier":[{"system":"urn:ietf:rfc:3986","value":"urn:uuid:5b1f0a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}],
             "status":"booked",
             "_status":{"extension":[{"url":"https://hl7.fi/fhir/finnish-scheduling/StructureDefinition/ajanvarauksen-tila",
               "valueCoding":{"system":"urn:oid:1.2.246.537.6.881","code":"3","display":"Varattu"}}]},
             "start":"2026-12-14T09:00:00+02:00","end":"2026-12-14T10:00:00+02:00",
             "participant":[{"type":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ParticipationType","code":"SBJ"}]}],
               "status":"accepted"}]}
            """;

    @Test
    void aConformingAppointmentValidates() {
        assertThat(FhirValidation.shared().errors(VALID)).isEmpty();
    }

    @Test
    void anAppointmentWithoutIdentifierOrWithAWrongStatusCodeSystemFailsTheLocalProfile() {
        String broken = VALID.replace(
                        "\"identifier\":[{\"system\":\"urn:ietf:rfc:3986\",\"value\":\"urn:uuid:5b1f0a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b\"}],",
                        "")
                .replace("urn:oid:1.2.246.537.6.881", "urn:oid:1.2.246.537.6.884");

        assertThat(String.join("\n", FhirValidation.shared().errors(broken)))
                .contains("Appointment.identifier")
                .contains("urn:oid:1.2.246.537.6.881");
    }

    @Test
    void anExtensionTheProfilesDoNotKnowIsAnError() {
        String unknown = VALID.replace(
                "\"status\":\"booked\",",
                "\"status\":\"booked\",\"extension\":[{\"url\":\"https://example.org/unknown\",\"valueString\":\"x\"}],");

        assertThat(FhirValidation.shared().errors(unknown)).isNotEmpty();
    }
}
