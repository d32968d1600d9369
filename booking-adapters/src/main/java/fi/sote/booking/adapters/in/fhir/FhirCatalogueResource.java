package fi.sote.booking.adapters.in.fhir;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Schedule;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;

/**
 * The catalogue as FHIR reads it: social services as HealthcareService, professionals' calendars as Schedule, the
 * professionals as Practitioner and PractitionerRole (one of each per professional, with the professional's id), and
 * service points as Location. Read by id or searched; every search answers the whole of the organisation's items
 * that match, and retired items only when {@code active=false} (Location: {@code status=inactive}) is asked.
 */
@Path(FhirPaths.BASE)
@Produces({FhirBodies.FHIR_JSON, MediaType.APPLICATION_JSON})
@Authenticated
public class FhirCatalogueResource {

    private final ViewCatalogueQuery catalogue;
    private final Caller caller;

    FhirCatalogueResource(ViewCatalogueQuery catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @Path("HealthcareService/{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public HealthcareService healthcareService(@PathParam("id") String id) {
        return catalogue
                .socialService(caller.organisation(), new SocialServiceId(uuid(id)))
                .map(FhirViews::healthcareService)
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("HealthcareService")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public Bundle healthcareServices(@Context UriInfo uri) {
        SearchParameters parameters = new SearchParameters(uri.getQueryParameters());
        CatalogueSnapshot snapshot = snapshot();
        List<HealthcareService> found = parameters
                .token("service-type")
                .map(token -> snapshot.servicesNamed(token.system(), token.code()))
                .orElseGet(() -> catalogue.socialServices(caller.organisation()))
                .stream()
                .map(FhirViews::healthcareService)
                .filter(active(parameters, HealthcareService::getActive))
                .sorted(byName(HealthcareService::getName))
                .toList();
        return Bundles.searchset(uri, found, null);
    }

    @GET
    @Path("Schedule/{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public Schedule schedule(@PathParam("id") String id) {
        CatalogueSnapshot snapshot = snapshot();
        return professional(id)
                .map(resource -> FhirViews.schedule(resource, snapshot))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("Schedule")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public Bundle schedules(@Context UriInfo uri) {
        SearchParameters parameters = new SearchParameters(uri.getQueryParameters());
        CatalogueSnapshot snapshot = snapshot();
        Optional<String> actor = parameters.first("actor");
        List<Schedule> found = professionals().stream()
                .map(resource -> FhirViews.schedule(resource, snapshot))
                .filter(active(parameters, Schedule::getActive))
                .filter(schedule -> actor.isEmpty()
                        || schedule.getActor().stream()
                                .anyMatch(reference -> reference.getReference().equals(actor.get())))
                .sorted(byName(schedule -> schedule.getActorFirstRep().getDisplay()))
                .toList();
        return Bundles.searchset(uri, found, null);
    }

    @GET
    @Path("Practitioner/{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public Practitioner practitioner(@PathParam("id") String id) {
        return professional(id).map(FhirViews::practitioner).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("Practitioner")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public Bundle practitioners(@Context UriInfo uri) {
        SearchParameters parameters = new SearchParameters(uri.getQueryParameters());
        return Bundles.searchset(
                uri,
                professionals().stream()
                        .map(FhirViews::practitioner)
                        .filter(active(parameters, Practitioner::getActive))
                        .sorted(byName(
                                practitioner -> practitioner.getNameFirstRep().getText()))
                        .toList(),
                null);
    }

    @GET
    @Path("PractitionerRole/{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public PractitionerRole practitionerRole(@PathParam("id") String id) {
        CatalogueSnapshot snapshot = snapshot();
        return professional(id)
                .map(resource -> FhirViews.role(resource, snapshot))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("PractitionerRole")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public Bundle practitionerRoles(@Context UriInfo uri) {
        SearchParameters parameters = new SearchParameters(uri.getQueryParameters());
        CatalogueSnapshot snapshot = snapshot();
        Optional<String> service = parameters.first("service");
        return Bundles.searchset(
                uri,
                professionals().stream()
                        .map(resource -> FhirViews.role(resource, snapshot))
                        .filter(active(parameters, PractitionerRole::getActive))
                        .filter(role -> service.isEmpty()
                                || role.getHealthcareService().stream()
                                        .anyMatch(reference ->
                                                reference.getReference().equals(service.get())))
                        .sorted(byName(role -> role.getPractitioner().getDisplay()))
                        .toList(),
                null);
    }

    @GET
    @Path("Location/{id}")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public Location location(@PathParam("id") String id) {
        return catalogue
                .servicePoint(caller.organisation(), new ServicePointId(uuid(id)))
                .map(FhirViews::location)
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("Location")
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.CATALOGUE_READ)
    public Bundle locations(@Context UriInfo uri) {
        SearchParameters parameters = new SearchParameters(uri.getQueryParameters());
        String status = parameters.first("status").orElse("active");
        return Bundles.searchset(
                uri,
                catalogue.servicePoints(caller.organisation()).stream()
                        .map(FhirViews::location)
                        .filter(location -> location.getStatus().toCode().equals(status))
                        .sorted(byName(Location::getName))
                        .toList(),
                null);
    }

    private CatalogueSnapshot snapshot() {
        return CatalogueSnapshot.of(catalogue, caller.organisation());
    }

    private Optional<Resource> professional(String id) {
        return catalogue
                .resource(caller.organisation(), new ResourceId(uuid(id)))
                .filter(resource -> resource.kind() == ResourceKind.PROFESSIONAL);
    }

    private List<Resource> professionals() {
        return catalogue.resources(caller.organisation()).stream()
                .filter(resource -> resource.kind() == ResourceKind.PROFESSIONAL)
                .toList();
    }

    /** Active items, or with {@code active=false} the retired ones. */
    private static <T> Predicate<T> active(SearchParameters parameters, Function<T, Boolean> active) {
        boolean wanted = !parameters.first("active").map("false"::equals).orElse(false);
        return resource -> active.apply(resource) == wanted;
    }

    private static <T> Comparator<T> byName(Function<T, String> name) {
        return Comparator.comparing(name, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** An id this interface gave (a UUID); any other is not found. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
