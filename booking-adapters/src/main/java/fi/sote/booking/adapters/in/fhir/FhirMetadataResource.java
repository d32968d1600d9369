package fi.sote.booking.adapters.in.fhir;

import java.util.Date;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

import fi.sote.booking.adapters.fhir.FhirCodes;
import fi.sote.booking.adapters.security.IntegrationScopes;

/**
 * {@code GET /fhir/metadata}: the CapabilityStatement, listing exactly what the interface does: the resources, their
 * interactions, search parameters and the profiles their instances claim. Public, as FHIR clients read it before they
 * sign in.
 */
@Path(FhirPaths.BASE + "/metadata")
@Produces({FhirBodies.FHIR_JSON, MediaType.APPLICATION_JSON})
@PermitAll
public class FhirMetadataResource {

    private static final Date PUBLISHED = new Date(0);

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.ANY)
    public CapabilityStatement metadata(@Context UriInfo uri) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(PUBLISHED);
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setName("SocialWelfareAppointmentBooking");
        statement.setTitle("Social welfare appointment booking (sosiaalipalvelujen ajanvaraus)");
        statement.getSoftware().setName("Social welfare appointment booking");
        statement
                .getImplementation()
                .setDescription("FHIR R4 interface of the booking service")
                .setUrl(Bundles.base(uri));
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("json");
        statement.addImplementationGuide(FhirCodes.IMPLEMENTATION_GUIDE);
        CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .addService(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("A bearer token of the organisation's OIDC provider, with the same roles and "
                        + "integration scopes as the REST API: catalogue.read, slots.read, bookings.read, "
                        + "bookings.write.");
        resource(
                        rest,
                        "Appointment",
                        List.of(
                                TypeRestfulInteraction.READ,
                                TypeRestfulInteraction.CREATE,
                                TypeRestfulInteraction.UPDATE,
                                TypeRestfulInteraction.SEARCHTYPE))
                .addSupportedProfile(FhirCodes.APPOINTMENT_PROFILE)
                .setConditionalCreate(false)
                .setUpdateCreate(false)
                .setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONED)
                .setReadHistory(false)
                .addSearchParam(parameter(
                        "patient.identifier",
                        SearchParamType.TOKEN,
                        "The client: urn:oid:1.2.246.21|<personal identity code> (POST _search only) or "
                                + FhirCodes.CLIENT_REFERENCE + "|<reference>; a client leaves it out"))
                .addSearchParam(parameter("date", SearchParamType.DATE, "The start: eq, ge, gt, le, lt"))
                .addSearchParam(parameter("status", SearchParamType.TOKEN, "FHIR appointment status"))
                .addSearchParam(parameter(
                        "actor",
                        SearchParamType.REFERENCE,
                        "PractitionerRole/<id>, Location/<id> or HealthcareService/<id> taking part"))
                .addSearchParam(parameter(
                        "identifier",
                        SearchParamType.TOKEN,
                        "urn:uuid:<id> or " + FhirCodes.BOOKING_REFERENCE + "|<short reference>"));
        resource(rest, "Slot", List.of(TypeRestfulInteraction.SEARCHTYPE))
                .addSearchParam(parameter("start", SearchParamType.DATE, "ge/gt and le/lt bound the period"))
                .addSearchParam(parameter("status", SearchParamType.TOKEN, "free (the only status laid)"))
                .addSearchParam(parameter("schedule", SearchParamType.REFERENCE, "Schedule/<id>"))
                .addSearchParam(parameter(
                        "schedule.actor:HealthcareService", SearchParamType.REFERENCE, "HealthcareService/<id>"))
                .addSearchParam(parameter(
                        "schedule.actor:HealthcareService.identifier",
                        SearchParamType.TOKEN,
                        FhirCodes.OWN_SOCIAL_SERVICE + "|<code>"))
                .addSearchParam(parameter(
                        "service-type",
                        SearchParamType.TOKEN,
                        FhirCodes.SERVICE_NAME + "|<THL code> or " + FhirCodes.OWN_SOCIAL_SERVICE + "|<code>"))
                .addSearchParam(parameter(
                        "appointment-type",
                        SearchParamType.TOKEN,
                        FhirCodes.CONTACT_MODE + "|<THL code> or " + FhirCodes.OWN_CONTACT_MODE + "|<code>"))
                .addSearchParam(parameter("_count", SearchParamType.NUMBER, "Page size, 1-100; default 20"));
        resource(rest, "Schedule", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE))
                .addSearchParam(parameter(
                        "actor", SearchParamType.REFERENCE, "PractitionerRole/<id> or HealthcareService/<id>"))
                .addSearchParam(parameter("active", SearchParamType.TOKEN, "true (default) or false"));
        resource(rest, "HealthcareService", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE))
                .addSupportedProfile(FhirCodes.HEALTHCARE_SERVICE_PROFILE)
                .addSearchParam(parameter(
                        "service-type",
                        SearchParamType.TOKEN,
                        FhirCodes.SERVICE_NAME + "|<THL code> or " + FhirCodes.OWN_SOCIAL_SERVICE + "|<code>"))
                .addSearchParam(parameter("active", SearchParamType.TOKEN, "true (default) or false"));
        resource(rest, "Practitioner", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE))
                .addSearchParam(parameter("active", SearchParamType.TOKEN, "true (default) or false"));
        resource(rest, "PractitionerRole", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE))
                .addSearchParam(parameter("service", SearchParamType.REFERENCE, "HealthcareService/<id>"))
                .addSearchParam(parameter("active", SearchParamType.TOKEN, "true (default) or false"));
        resource(rest, "Location", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE))
                .addSearchParam(parameter("status", SearchParamType.TOKEN, "active (default) or inactive"));
        return statement;
    }

    private static CapabilityStatementRestResourceComponent resource(
            CapabilityStatementRestComponent rest, String type, List<TypeRestfulInteraction> interactions) {
        CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
        interactions.forEach(interaction -> resource.addInteraction().setCode(interaction));
        return resource;
    }

    private static CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent parameter(
            String name, SearchParamType type, String documentation) {
        return new CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent()
                .setName(name)
                .setType(type)
                .setDocumentation(documentation);
    }
}
