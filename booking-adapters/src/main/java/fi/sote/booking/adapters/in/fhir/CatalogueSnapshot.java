package fi.sote.booking.adapters.in.fhir;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.sote.booking.adapters.fhir.FhirCodes;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The parts of an organisation's catalogue that FHIR resources name by code (products, social services, contact
 * modes), read once for one answer.
 */
record CatalogueSnapshot(
        Map<BookableProductId, BookableProduct> products,
        Map<SocialServiceId, SocialService> services,
        Map<String, ContactMode> modes) {

    static CatalogueSnapshot of(ViewCatalogueQuery catalogue, OrganisationId organisation) {
        return new CatalogueSnapshot(
                byKey(catalogue.products(organisation), BookableProduct::id),
                byKey(catalogue.socialServices(organisation), SocialService::id),
                byKey(catalogue.contactModes(organisation), ContactMode::code));
    }

    private static <K, V> Map<K, V> byKey(List<V> items, Function<V, K> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first));
    }

    Optional<BookableProduct> product(BookableProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    Optional<SocialService> serviceOf(BookableProductId product) {
        return product(product).map(found -> services.get(found.socialService()));
    }

    Optional<ContactMode> mode(String code) {
        return Optional.ofNullable(code).map(modes::get);
    }

    /**
     * The contact-mode code a coding names: a THL asiointitapa code through the mode that carries it, or one of the
     * organisation's own codes; empty when it names none of the organisation's modes.
     */
    Optional<String> modeCode(String system, String code) {
        if (FhirCodes.OWN_CONTACT_MODE.equals(system)) {
            return mode(code).map(ContactMode::code);
        }
        if (FhirCodes.CONTACT_MODE.equals(system) || "1.2.246.537.6.884".equals(system)) {
            return modes.values().stream()
                    .filter(mode -> code != null && code.equals(mode.thlCode()))
                    .map(ContactMode::code)
                    .sorted()
                    .findFirst();
        }
        return Optional.empty();
    }

    /** The social services a coding names: by their THL service-name code or their own code. */
    List<SocialService> servicesNamed(String system, String code) {
        return services.values().stream()
                .filter(service ->
                        (system == null || FhirCodes.SERVICE_NAME.equals(system)) && code.equals(service.thlCode())
                                || (system == null || FhirCodes.OWN_SOCIAL_SERVICE.equals(system))
                                        && code.equals(service.code()))
                .toList();
    }
}
