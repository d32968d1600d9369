package fi.sote.booking.adapters.in.fhir;

import static fi.sote.booking.adapters.in.rest.BookingResourceTests.MONDAY;
import static fi.sote.booking.adapters.in.rest.BookingResourceTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.AuditRows;
import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.in.rest.BookingResourceTests;
import fi.sote.booking.adapters.in.schedule.AuditSealer;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.SearchStyleEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

/**
 * The FHIR interface as an integrator meets it: an unmodified HAPI FHIR generic client, signed in with real tokens,
 * against the packaged service and its PostgreSQL. Every resource it is served is validated against base R4 and the
 * local Finnish Scheduling profiles, and what it books is seen through the REST API, and the reverse.
 */
@QuarkusTest
class FhirInterfaceTests {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String OWN = "urn:fi-sote-booking:";

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    @Inject
    AuditSealer sealer;

    @TestHTTPResource("fhir")
    URL base;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    private IGenericClient client(String token) {
        IGenericClient client = FHIR.newRestfulGenericClient(base.toString());
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        return client;
    }

    private IGenericClient counsellor() {
        return client(tokens.issue(DemoPersona.named("counsellor")));
    }

    private IGenericClient as(String subject, String role) {
        return client(
                tokens.issue(subject, subject, DemoPersona.DEMO_ORGANISATION, Set.of(role), Duration.ofMinutes(10)));
    }

    private static <T extends IBaseResource> T valid(T resource) {
        assertThat(FhirValidation.shared().errors(resource))
                .as(resource.fhirType() + " " + resource.getIdElement().getIdPart())
                .isEmpty();
        return resource;
    }

    private static <T extends IBaseResource> List<T> entries(Bundle bundle, Class<T> type) {
        valid(bundle);
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .map(type::cast)
                .toList();
    }

    /** The free Slots of the fixture's product on a day after MONDAY, as the guide's search finds them. */
    private List<Slot> freeSlots(IGenericClient client, int days) {
        Bundle found = client.search()
                .forResource(Slot.class)
                .where(Slot.SCHEDULE.hasId("Schedule/" + catalogue.resourceId))
                .and(Slot.START.afterOrEquals().day(MONDAY.plusDays(days).toString()))
                .and(Slot.START.before().day(MONDAY.plusDays(days + 1).toString()))
                .and(Slot.STATUS.exactly().code("free"))
                .count(100)
                .returnBundle(Bundle.class)
                .execute();
        return entries(found, Slot.class).stream()
                .filter(slot -> catalogue.productId.equals(product(slot)))
                .toList();
    }

    private static String product(Slot slot) {
        Extension info = slot.getExtensionByUrl(
                "https://hl7.fi/fhir/finnish-scheduling/StructureDefinition/requested-service-info");
        return ((Identifier) info.getExtensionByUrl("RequestedServiceId").getValue()).getValue();
    }

    private Appointment booking(Slot slot, Identifier client) {
        Appointment appointment = new Appointment();
        appointment.setStatus(Appointment.AppointmentStatus.BOOKED);
        appointment.addSlot(new Reference("Slot/" + slot.getIdElement().getIdPart()));
        appointment.setAppointmentType(
                new CodeableConcept(new Coding(OWN + "contact-mode", catalogue.contactMode(), null)));
        Appointment.AppointmentParticipantComponent patient = appointment
                .addParticipant()
                .addType(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "SBJ", null)))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        if (client != null) {
            patient.setActor(new Reference().setIdentifier(client));
        }
        return appointment;
    }

    private static String status(Appointment appointment) {
        Coding finnish = (Coding) appointment
                .getStatusElement()
                .getExtensionByUrl("https://hl7.fi/fhir/finnish-scheduling/StructureDefinition/ajanvarauksen-tila")
                .getValue();
        return appointment.getStatus().toCode() + "/" + finnish.getCode();
    }

    @Test
    void theCapabilityStatementListsWhatTheInterfaceDoesAndNeedsNoToken() {
        CapabilityStatement statement = valid(FHIR.newRestfulGenericClient(base.toString())
                .capabilities()
                .ofType(CapabilityStatement.class)
                .execute());

        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getRestFirstRep().getResource())
                .extracting(CapabilityStatement.CapabilityStatementRestResourceComponent::getType)
                .containsExactly(
                        "Appointment",
                        "Slot",
                        "Schedule",
                        "HealthcareService",
                        "Practitioner",
                        "PractitionerRole",
                        "Location");
        assertThat(statement.getRestFirstRep().getResourceFirstRep().getInteraction())
                .extracting(interaction -> interaction.getCode().toCode())
                .containsExactly("read", "create", "update", "search-type");
    }

    @Test
    void aCounsellorSearchesBooksReadsReschedulesAndCancelsWithAnUnmodifiedClient() throws Exception {
        IGenericClient counsellor = counsellor();
        String client = "fhir-client-" + catalogue.suffix;
        List<Slot> monday = freeSlots(counsellor, 0);
        assertThat(monday)
                .extracting(slot -> slot.getStart().toInstant().toString())
                .startsWith(at(0, "09:00"), at(0, "10:15"));
        Bundle firstPage = counsellor
                .search()
                .forResource(Slot.class)
                .where(Slot.SCHEDULE.hasId("Schedule/" + catalogue.resourceId))
                .and(Slot.START.afterOrEquals().day(MONDAY.toString()))
                .count(2)
                .returnBundle(Bundle.class)
                .execute();
        Bundle secondPage = counsellor.loadPage().next(firstPage).execute();
        assertThat(entries(secondPage, Slot.class))
                .as("the next link goes on after the first page's last time")
                .isNotEmpty()
                .allSatisfy(slot -> assertThat(slot.getStart())
                        .isAfterOrEqualTo(entries(firstPage, Slot.class).get(1).getStart()))
                .noneMatch(slot -> entries(firstPage, Slot.class).stream()
                        .anyMatch(seen -> seen.getIdPart().equals(slot.getIdPart())));

        MethodOutcome created = counsellor
                .create()
                .resource(booking(
                        monday.get(0),
                        new Identifier().setSystem(OWN + "client").setValue(client)))
                .execute();
        assertThat(created.getCreated()).isTrue();
        assertThat(created.getId().getVersionIdPart()).isEqualTo("0");
        String id = created.getId().getIdPart();

        Appointment read = valid(counsellor
                .read()
                .resource(Appointment.class)
                .withId(id)
                .withAdditionalHeader("Purpose-Of-Use", "FHIR: ajan tarkistus")
                .execute());
        assertThat(AuditRows.of(
                        dataSource, sealer, client, "ACCESS", "operation", "array_to_string(records, ' ')", "purpose"))
                .as("the read that showed the client is in the access log, as a REST read would be")
                .contains("getBooking booking:" + id + " FHIR: ajan tarkistus");
        assertThat(status(read)).isEqualTo("booked/3");
        assertThat(read.getStart().toInstant()).isEqualTo(Instant.parse(at(0, "09:00")));
        assertThat(read.getParticipantFirstRep().getActor().getIdentifier().getValue())
                .isEqualTo(client);
        assertThat(read.getSlotFirstRep().getReference())
                .isEqualTo("Slot/" + monday.get(0).getIdPart());
        catalogue
                .asPersona("counsellor")
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("channel", equalTo("COUNSELLING"))
                .body("client", equalTo(client));
        assertThat(freeSlots(counsellor, 0))
                .as("the booked time is no longer free")
                .noneMatch(slot -> slot.getIdPart().equals(monday.get(0).getIdPart()));

        assertThatThrownBy(() -> counsellor
                        .create()
                        .resource(booking(
                                monday.get(0),
                                new Identifier().setSystem(OWN + "client").setValue("x-" + client)))
                        .execute())
                .isInstanceOfSatisfying(UnprocessableEntityException.class, refused -> {
                    OperationOutcome outcome = (OperationOutcome) refused.getOperationOutcome();
                    valid(outcome);
                    assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.BUSINESSRULE);
                    assertThat(outcome.getIssueFirstRep()
                                    .getDetails()
                                    .getCodingFirstRep()
                                    .getCode())
                            .isEqualTo("slot-taken");
                });

        Slot wednesday = freeSlots(counsellor, 2).get(0);
        read.setSlot(List.of(new Reference("Slot/" + wednesday.getIdPart())));
        assertThatThrownBy(() -> counsellor
                        .update()
                        .resource(read)
                        .withId(id)
                        .withAdditionalHeader("If-Match", "W/\"7\"")
                        .execute())
                .isInstanceOf(PreconditionFailedException.class);
        MethodOutcome moved = counsellor
                .update()
                .resource(read)
                .withId(id)
                .withAdditionalHeader("If-Match", "W/\"0\"")
                .execute();
        Appointment replacement = valid((Appointment) moved.getResource());
        assertThat(replacement.getIdPart()).isNotEqualTo(id);
        assertThat(replacement.getStart().toInstant())
                .isEqualTo(wednesday.getStart().toInstant());
        assertThat(status(replacement)).isEqualTo("booked/3");
        assertThat(status(
                        counsellor.read().resource(Appointment.class).withId(id).execute()))
                .as("the moved booking: Siirretty, no longer taking its time")
                .isEqualTo("cancelled/5");

        replacement.setStatus(Appointment.AppointmentStatus.CANCELLED);
        replacement.setCancelationReason(
                new CodeableConcept(new Coding(OWN + "change-reason", "CLIENT_ILLNESS", null)));
        Appointment cancelled = valid((Appointment) counsellor
                .update()
                .resource(replacement)
                .withId(replacement.getIdPart())
                .withAdditionalHeader("If-Match", "W/\"" + replacement.getMeta().getVersionId() + "\"")
                .execute()
                .getResource());
        assertThat(status(cancelled)).isEqualTo("cancelled/4");
        assertThat(cancelled.getCancelationReason().getCodingFirstRep().getCode())
                .isEqualTo("CLIENT_ILLNESS");
        catalogue
                .asPersona("counsellor")
                .get("/api/v1/bookings/" + replacement.getIdPart())
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("lastChange.reason", equalTo("CLIENT_ILLNESS"));
    }

    @Test
    void aBookingMadeThroughRestIsAnAppointmentFoundByIdentityCodeOnlyInTheBody() {
        String code = "020516C903K";
        String id = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        at(0, "10:15"),
                        null,
                        "\"clientPersonalIdentityCode\":\"" + code + "\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        IGenericClient counsellor = counsellor();

        Appointment read =
                valid(counsellor.read().resource(Appointment.class).withId(id).execute());
        assertThat(read.getParticipantFirstRep().getActor().getIdentifier().getSystem())
                .isEqualTo("urn:oid:1.2.246.21");
        assertThat(read.getParticipantFirstRep().getActor().getIdentifier().getValue())
                .isEqualTo(code);

        TokenClientParam patient = new TokenClientParam("patient.identifier");
        Bundle found = counsellor
                .search()
                .forResource(Appointment.class)
                .where(patient.exactly().systemAndCode("urn:oid:1.2.246.21", code))
                .usingStyle(SearchStyleEnum.POST)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(entries(found, Appointment.class))
                .extracting(Appointment::getIdPart)
                .contains(id);
        for (String resource : List.of(catalogue.resourceId, catalogue.otherResourceId)) {
            Bundle withActor = counsellor
                    .search()
                    .forResource(Appointment.class)
                    .where(patient.exactly().systemAndCode("urn:oid:1.2.246.21", code))
                    .and(new ReferenceClientParam("actor").hasId("PractitionerRole/" + resource))
                    .usingStyle(SearchStyleEnum.POST)
                    .returnBundle(Bundle.class)
                    .execute();
            assertThat(entries(withActor, Appointment.class).stream()
                            .anyMatch(appointment -> appointment.getIdPart().equals(id)))
                    .as("found with the professional who takes part, not with another")
                    .isEqualTo(resource.equals(catalogue.resourceId));
        }
        assertThatThrownBy(() -> counsellor
                        .search()
                        .forResource(Appointment.class)
                        .where(patient.exactly().systemAndCode("urn:oid:1.2.246.21", code))
                        .usingStyle(SearchStyleEnum.GET)
                        .returnBundle(Bundle.class)
                        .execute())
                .as("a personal identity code is never taken in a URL")
                .isInstanceOf(InvalidRequestException.class);

        assertThatThrownBy(() -> as("stranger-" + catalogue.suffix, Roles.CLIENT)
                        .read()
                        .resource(Appointment.class)
                        .withId(id)
                        .execute())
                .isInstanceOf(ResourceNotFoundException.class);
        IGenericClient otherOrganisation = client(tokens.issue(DemoPersona.named("other-organisation-administrator")));
        assertThatThrownBy(() -> otherOrganisation
                        .read()
                        .resource(Appointment.class)
                        .withId(id)
                        .execute())
                .as("another organisation's administrator reads no bookings")
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> otherOrganisation
                        .read()
                        .resource(HealthcareService.class)
                        .withId(catalogue.socialServiceId)
                        .execute())
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(entries(
                        otherOrganisation
                                .search()
                                .forResource(HealthcareService.class)
                                .returnBundle(Bundle.class)
                                .execute(),
                        HealthcareService.class))
                .extracting(HealthcareService::getIdPart)
                .doesNotContain(catalogue.socialServiceId);
    }

    @Test
    void aClientBooksForThemselvesAndAnIntegrationNeedsItsScopes() {
        String self = "fhir-self-" + catalogue.suffix;
        IGenericClient client = as(self, Roles.CLIENT);
        Slot slot = freeSlots(client, 2).get(0);

        String key = "fhir-key-" + catalogue.suffix;
        String id = client.create()
                .resource(booking(slot, null))
                .withAdditionalHeader("Idempotency-Key", key)
                .execute()
                .getId()
                .getIdPart();
        assertThat(client.create()
                        .resource(booking(slot, null))
                        .withAdditionalHeader("Idempotency-Key", key)
                        .execute()
                        .getId()
                        .getIdPart())
                .as("sent again with its key, the booking is answered again, not made twice")
                .isEqualTo(id);

        Bundle mine = client.search()
                .forResource(Appointment.class)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(entries(mine, Appointment.class)).singleElement().satisfies(appointment -> {
            assertThat(appointment.getIdPart()).isEqualTo(id);
            assertThat(appointment
                            .getParticipantFirstRep()
                            .getActor()
                            .getIdentifier()
                            .getValue())
                    .isEqualTo(self);
        });
        catalogue
                .asProfessional()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("channel", equalTo("CLIENT_SELF_SERVICE"));

        IGenericClient reader = client(tokens.issue(
                "reader-" + catalogue.suffix,
                "reader",
                DemoPersona.DEMO_ORGANISATION,
                Set.of(Roles.INTEGRATION),
                Set.of("catalogue.read"),
                Duration.ofMinutes(10)));
        assertThat(reader.read()
                        .resource(HealthcareService.class)
                        .withId(catalogue.socialServiceId)
                        .execute()
                        .getName())
                .isEqualTo("Perheneuvola");
        assertThatThrownBy(() ->
                        reader.read().resource(Appointment.class).withId(id).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void theCatalogueReadsAsHealthcareServiceScheduleRolesAndLocations() {
        IGenericClient counsellor = counsellor();

        HealthcareService service = valid(counsellor
                .read()
                .resource(HealthcareService.class)
                .withId(catalogue.socialServiceId)
                .execute());
        assertThat(service.getName()).isEqualTo("Perheneuvola");
        assertThat(service.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("S" + catalogue.suffix);
        Bundle services = counsellor
                .search()
                .forResource(HealthcareService.class)
                .where(new TokenClientParam("service-type")
                        .exactly()
                        .systemAndCode(OWN + "social-service", "S" + catalogue.suffix))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(entries(services, HealthcareService.class))
                .extracting(HealthcareService::getIdPart)
                .containsExactly(catalogue.socialServiceId);

        Schedule schedule = valid(counsellor
                .read()
                .resource(Schedule.class)
                .withId(catalogue.resourceId)
                .execute());
        assertThat(schedule.getActor())
                .extracting(Reference::getReference)
                .containsExactly(
                        "PractitionerRole/" + catalogue.resourceId, "HealthcareService/" + catalogue.socialServiceId);
        Bundle schedules = counsellor
                .search()
                .forResource(Schedule.class)
                .where(Schedule.ACTOR.hasId("HealthcareService/" + catalogue.socialServiceId))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(entries(schedules, Schedule.class))
                .extracting(Schedule::getIdPart)
                .containsExactlyInAnyOrder(catalogue.resourceId, catalogue.otherResourceId);

        PractitionerRole role = valid(counsellor
                .read()
                .resource(PractitionerRole.class)
                .withId(catalogue.resourceId)
                .execute());
        assertThat(role.getPractitioner().getReference()).isEqualTo("Practitioner/" + catalogue.resourceId);
        assertThat(role.getCodeFirstRep().getText()).isEqualTo("psykologi");
        Practitioner practitioner = valid(counsellor
                .read()
                .resource(Practitioner.class)
                .withId(catalogue.resourceId)
                .execute());
        assertThat(practitioner.getNameFirstRep().getText()).isEqualTo("Anna " + catalogue.suffix);
        assertThat(practitioner.getCommunication())
                .extracting(language -> language.getCodingFirstRep().getCode())
                .containsExactly("fi", "sv");

        entries(
                        counsellor
                                .search()
                                .forResource(Location.class)
                                .returnBundle(Bundle.class)
                                .execute(),
                        Location.class)
                .forEach(FhirInterfaceTests::valid);
        assertThatThrownBy(() -> counsellor
                        .read()
                        .resource(Schedule.class)
                        .withId("not-an-id")
                        .execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
