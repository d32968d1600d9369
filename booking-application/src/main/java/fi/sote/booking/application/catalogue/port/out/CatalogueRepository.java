package fi.sote.booking.application.catalogue.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Stores the organisation's catalogue besides the service tasks: social services, service points,
 * resources, contact modes, bookable products and calendar entry types. Codes are unique per
 * organisation, decided by the database; every read is scoped to one organisation.
 */
public interface CatalogueRepository {

    /** @return false when the code was taken */
    boolean add(SocialService socialService);

    boolean add(ServicePoint servicePoint);

    boolean add(ContactMode contactMode);

    boolean add(BookableProduct product);

    boolean add(CalendarEntryType entryType);

    /** False when another resource of the organisation has the same subject (one calendar per person). */
    boolean add(Resource resource);

    List<SocialService> socialServices(OrganisationId organisation);

    Optional<SocialService> socialService(OrganisationId organisation, SocialServiceId id);

    List<ServicePoint> servicePoints(OrganisationId organisation);

    Optional<ServicePoint> servicePoint(OrganisationId organisation, ServicePointId id);

    List<Resource> resources(OrganisationId organisation);

    Optional<Resource> resource(OrganisationId organisation, ResourceId id);

    List<ContactMode> contactModes(OrganisationId organisation);

    List<BookableProduct> products(OrganisationId organisation);

    Optional<BookableProduct> product(OrganisationId organisation, BookableProductId id);

    List<CalendarEntryType> entryTypes(OrganisationId organisation);

    Optional<CalendarEntryType> entryType(OrganisationId organisation, String code);

    /** The product as the store has it now, not as a snapshot of the catalogue read a moment ago may have it. */
    Optional<BookableProduct> storedProduct(OrganisationId organisation, BookableProductId id);

    /**
     * Replaces {@code previous} with {@code next} and keeps the record of the change, when the stored product is still
     * at {@code previous}'s version; false when another change came first.
     */
    boolean replace(BookableProduct previous, BookableProduct next, CatalogueChange change);

    /** The recorded changes of a catalogue entity of the organisation, oldest first. */
    List<CatalogueChange> changes(OrganisationId organisation, UUID entity);

    /** Of the given ids, those that are not products of the organisation. */
    List<BookableProductId> unknownProducts(OrganisationId organisation, Collection<BookableProductId> ids);
}
