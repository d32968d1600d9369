package fi.sote.booking.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.gclient.TokenClientParam;

/**
 * The packaged service from its jar, on the demo catalogue, called from outside only: a counsellor books a family
 * counselling first visit through {@code /fhir} with an unmodified HAPI FHIR client and finds it through the REST API,
 * and books another through REST and reads it as an Appointment.
 */
@ExtendWith(DemoService.class)
class FhirPackagedIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @Test
    void whatIsBookedThroughFhirIsSeenThroughRestAndTheReverse(PackagedService service) throws Exception {
        String counsellor = service.token("counsellor");
        IGenericClient fhir = FhirContext.forR4Cached().newRestfulGenericClient(service.baseUrl() + "/fhir");
        fhir.registerInterceptor(new BearerTokenAuthInterceptor(counsellor));
        String first = null;
        for (JsonNode product : new ObjectMapper()
                .readTree(service.get("/api/v1/bookable-products", counsellor).body())
                .path("items")) {
            if (product.path("code").asText().equals("FAMILY_COUNSELLING_FIRST")) {
                first = product.path("id").asText();
            }
        }
        assertThat(first).as("the demo's first visit of family counselling").isNotNull();
        String product = first;

        String familyCounselling = fhir.search()
                .forResource(HealthcareService.class)
                .where(new TokenClientParam("service-type")
                        .exactly()
                        .systemAndCode("urn:fi-sote-booking:social-service", "FAMILY_COUNSELLING"))
                .returnBundle(Bundle.class)
                .execute()
                .getEntryFirstRep()
                .getResource()
                .getIdElement()
                .getIdPart();
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Helsinki")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<Slot> free = fhir
                .search()
                .forResource(Slot.class)
                .where(new ReferenceClientParam("schedule.actor:HealthcareService")
                        .hasId("HealthcareService/" + familyCounselling))
                .and(Slot.START.afterOrEquals().day(monday.toString()))
                .and(Slot.STATUS.exactly().code("free"))
                .count(100)
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .stream()
                .map(entry -> (Slot) entry.getResource())
                .filter(slot -> product.equals(((Identifier) slot.getExtension()
                                .get(0)
                                .getExtensionByUrl("RequestedServiceId")
                                .getValue())
                        .getValue()))
                .toList();
        assertThat(free)
                .as("free first visits of family counselling from next Monday")
                .hasSizeGreaterThan(1);

        Appointment appointment = new Appointment();
        appointment.setStatus(Appointment.AppointmentStatus.BOOKED);
        appointment.addSlot(new Reference("Slot/" + free.get(0).getIdPart()));
        appointment.setAppointmentType(new CodeableConcept(new Coding("urn:oid:1.2.246.537.6.884", "10", null)));
        appointment
                .addParticipant()
                .addType(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "SBJ", null)))
                .setActor(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem("urn:fi-sote-booking:client")
                                .setValue("ASIAKAS-FHIR-1")))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        String booked = fhir.create().resource(appointment).execute().getId().getIdPart();

        HttpResponse<String> rest = service.get("/api/v1/bookings/" + booked, counsellor);
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        assertThat(rest.body())
                .contains("\"status\":\"BOOKED\"", "\"client\":\"ASIAKAS-FHIR-1\"", "\"contactMode\":\"OFFICE\"");

        Slot second = free.get(1);
        String resource = second.getSchedule().getReferenceElement().getIdPart();
        HttpResponse<String> made = service.post(
                "/api/v1/bookings",
                counsellor,
                "{\"resourceId\":\"" + resource + "\",\"productId\":\"" + first + "\",\"start\":\""
                        + second.getStart().toInstant()
                        + "\",\"contactMode\":\"OFFICE\",\"client\":\"ASIAKAS-FHIR-2\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        Appointment read = fhir.read()
                .resource(Appointment.class)
                .withId(PackagedService.match(ID, made.body()))
                .execute();
        assertThat(read.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(read.getParticipantFirstRep().getActor().getIdentifier().getValue())
                .isEqualTo("ASIAKAS-FHIR-2");
        assertThat(read.getSlotFirstRep().getReference()).isEqualTo("Slot/" + second.getIdPart());
    }
}
