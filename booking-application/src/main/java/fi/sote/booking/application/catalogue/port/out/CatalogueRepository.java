package fi.sote.booking.application.catalogue.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Kept;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Stores the organisation's catalogue besides the service tasks: social services, service points,
 * resources, contact modes, bookable products and calendar entry types, and the record of every change of the
 * catalogue (the service tasks' included). Codes are unique per
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

    /**
     * The item of the kind (a product, social service, service point, resource, contact mode or entry type) as the
     * store has it now, not as a snapshot of the catalogue read a moment ago may have it.
     *
     * @param key the item's {@link Kept#key() key}: its id, or a contact mode's or entry type's code
     */
    <T extends Kept<T>> Optional<T> stored(Class<T> kind, OrganisationId organisation, String key);

    /**
     * Replaces {@code previous} with {@code next} and keeps the record of the change, when the stored item is still at
     * {@code previous}'s version; false when another change came first.
     */
    <T extends Kept<T>> boolean replace(T previous, T next, CatalogueChange change);

    /**
     * The recorded changes of the organisation's catalogue items of one kind, oldest first.
     *
     * @param entity the kind, as {@link CatalogueChange#entity()} names it
     * @param key one item's key, or null for all of the kind
     */
    List<CatalogueChange> changes(OrganisationId organisation, String entity, String key);

    /** Of the given ids, those that are not products of the organisation. */
    List<BookableProductId> unknownProducts(OrganisationId organisation, Collection<BookableProductId> ids);
}
