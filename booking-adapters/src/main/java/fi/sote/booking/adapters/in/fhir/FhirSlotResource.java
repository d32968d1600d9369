package fi.sote.booking.adapters.in.fhir;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Slot;

import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.booking.policy.ChannelPolicy;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Role;

/**
 * Free Slots in the Finnish Scheduling guide's pattern ({@code GET /fhir/Slot?start=ge…&start=lt…&status=free}): the
 * REST slot search behind FHIR's grammar, laid on the fly from released time, with the same channels per role. A
 * period longer than the search allows is narrowed, not refused, as the guide asks; the next page is a link.
 */
@Path(FhirPaths.BASE + "/Slot")
@Produces({FhirBodies.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({
    Roles.CLIENT,
    Roles.COUNSELLOR,
    Roles.PROFESSIONAL,
    Roles.SUPERVISOR,
    Roles.ADMINISTRATOR,
    Roles.INTEGRATION
})
public class FhirSlotResource {

    static final int DEFAULT_COUNT = 20;
    static final Duration DEFAULT_RANGE = Duration.ofDays(14);

    private final SearchSlotsQuery slots;
    private final ViewCatalogueQuery catalogue;
    private final Caller caller;

    FhirSlotResource(SearchSlotsQuery slots, ViewCatalogueQuery catalogue, Caller caller) {
        this.slots = slots;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @Extension(name = IntegrationScopes.EXTENSION, value = IntegrationScopes.SLOTS_READ)
    public Bundle search(@Context UriInfo uri) {
        SearchParameters parameters = new SearchParameters(uri.getQueryParameters());
        CatalogueSnapshot snapshot = CatalogueSnapshot.of(catalogue, caller.organisation());
        if (!parameters.first("status").map(FhirSlotResource::asksFree).orElse(true)) {
            return Bundles.searchset(uri, List.of(), null);
        }
        List<SocialServiceId> services = services(parameters, snapshot);
        if (services != null && services.isEmpty()) {
            return Bundles.searchset(uri, List.of(), null);
        }
        String mode = parameters
                .token("appointment-type")
                .map(token -> snapshot.modeCode(token.system(), token.code())
                        .orElseThrow(() -> new InvalidValueException(
                                "appointment-type", "names no contact mode of the organisation")))
                .orElse(null);
        SearchParameters.Period period = parameters.period("start");
        Instant from = period.from() == null ? Instant.now() : period.from();
        Instant to = period.to() == null ? from.plus(DEFAULT_RANGE) : period.to();
        if (to.isAfter(from.plus(SlotSearch.LONGEST_RANGE))) {
            to = from.plus(SlotSearch.LONGEST_RANGE);
        }
        if (!to.isAfter(from)) {
            return Bundles.searchset(uri, List.of(), null);
        }
        int count = parameters.count(DEFAULT_COUNT, SlotSearch.MOST_RESULTS);
        SlotSearch search = new SlotSearch(
                caller.organisation(),
                ChannelPolicy.searchedBy(Role.ofClaims(caller.roles())),
                services == null ? null : services.get(0),
                null,
                null,
                null,
                mode,
                null,
                parameters
                        .reference("schedule", "Schedule")
                        .map(ResourceId::new)
                        .orElse(null),
                from,
                to,
                count,
                parameters
                        .first("_page")
                        .map(page -> SlotIds.key(page)
                                .orElseThrow(
                                        () -> new InvalidValueException("_page", "is not a page this search gave")))
                        .orElse(null));
        SearchSlotsQuery.SlotPage page = Outcomes.value(slots.search(search));
        List<Slot> found = page.items().stream()
                .map(slot -> FhirViews.slot(slot, snapshot))
                .toList();
        String next = page.next() == null
                ? null
                : uri.getRequestUriBuilder()
                        .replaceQueryParam("_page", SlotIds.of(page.next()))
                        .build()
                        .toString();
        return Bundles.searchset(uri, found, next);
    }

    private static boolean asksFree(String status) {
        return List.of(status.split(",")).contains("free");
    }

    /**
     * The social service the search names: by the HealthcareService id of the schedule's actor, by its identifier,
     * or by the service type; a service type several services share must be narrowed to one. Null when the search
     * names none, and empty when what it names is no service of the organisation.
     */
    private static List<SocialServiceId> services(SearchParameters parameters, CatalogueSnapshot snapshot) {
        Optional<UUID> byId = parameters.reference("schedule.actor:HealthcareService", "HealthcareService");
        if (byId.isPresent()) {
            return List.of(new SocialServiceId(byId.get()));
        }
        for (String name : List.of("schedule.actor:HealthcareService.identifier", "service-type")) {
            Optional<SearchParameters.Token> token = parameters.token(name);
            if (token.isPresent()) {
                List<SocialService> named =
                        snapshot.servicesNamed(token.get().system(), token.get().code());
                if (named.size() > 1) {
                    throw new InvalidValueException(
                            name, "names several social services; name one by schedule.actor:HealthcareService");
                }
                return named.stream().map(SocialService::id).toList();
            }
        }
        return null;
    }
}
