package fi.sote.booking.application.booking;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.booking.port.in.Confirmation;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingReference;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Writes a booking's confirmation from the catalogue, in the client's language: what a counsellor reads out. */
public final class Confirmations {

    /** How a date is written in each language the service speaks. */
    private static final Map<String, DateTimeFormatter> DATES = Map.of(
            "fi", DateTimeFormatter.ofPattern("d.M.yyyy"),
            "sv", DateTimeFormatter.ofPattern("d.M.yyyy"),
            "en", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    private final CatalogueRepository catalogue;

    public Confirmations(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    public Confirmation of(Booking booking) {
        return of(booking, booking.clientLanguage());
    }

    /** The confirmation in another language than the client's: what the professional is told, say. */
    public Confirmation of(Booking booking, String language) {
        OrganisationId organisation = booking.organisation();
        ZonedDateTime start = booking.time().interval().start().atZone(BookingTime.ZONE);
        ZonedDateTime end = booking.time().interval().end().atZone(BookingTime.ZONE);
        Optional<ContactMode> mode = catalogue.contactModes(organisation).stream()
                .filter(candidate -> candidate.code().equals(booking.time().contactMode()))
                .findFirst();
        boolean remote = mode.map(ContactMode::remote).orElse(false);
        Optional<Resource> resource =
                catalogue.resource(organisation, booking.time().resource());
        // the time's own service point; for a visit without one, the professional's when they have just one
        ServicePointId where = booking.time().servicePoint() != null
                ? booking.time().servicePoint()
                : remote
                        ? null
                        : resource.map(Resource::servicePoints)
                                .filter(points -> points.size() == 1)
                                .map(points -> points.iterator().next())
                                .orElse(null);
        String place = where == null
                ? null
                : catalogue
                        .servicePoint(organisation, where)
                        .map(point -> place(point, language))
                        .orElse(null);
        String professional = resource.map(
                        found -> found.title() == null ? found.name() : found.name() + ", " + found.title())
                .orElse(null);
        Optional<BookableProduct> product =
                catalogue.product(organisation, booking.time().product());
        // the words are Finnish, Swedish or English; Finnish for any other language
        Locale locale = Locale.forLanguageTag(DATES.containsKey(language) ? language : "fi");
        return new Confirmation(
                start.toLocalDate(),
                start.getDayOfWeek(),
                start.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, locale),
                start.toLocalDate().format(DATES.get(locale.getLanguage())),
                start.toLocalTime(),
                end.toLocalTime(),
                mode.map(found -> found.name().in(language))
                        .orElse(booking.time().contactMode()),
                remote,
                place,
                room(booking),
                professional,
                product.map(found -> found.name().in(language)).orElse(null),
                product.flatMap(found -> catalogue.socialService(organisation, found.socialService()))
                        .map(service -> service.name().in(language))
                        .orElse(null),
                product.map(found -> found.guidance().in(language)).orElse(null),
                BookingReference.of(booking.id()));
    }

    /** The name of the room the booking takes besides its professional, if any. */
    private String room(Booking booking) {
        ResourceId room = booking.time().room();
        if (room == null || room.equals(booking.time().resource())) {
            return null;
        }
        return catalogue
                .resource(booking.organisation(), room)
                .map(Resource::name)
                .orElse(null);
    }

    private static String place(ServicePoint point, String language) {
        return point.name().in(language) + ", " + point.address().street() + ", "
                + point.address().postalCode() + " " + point.address().postOffice();
    }
}
