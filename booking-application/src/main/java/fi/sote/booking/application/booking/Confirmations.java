package fi.sote.booking.application.booking;

import java.time.ZonedDateTime;
import java.util.Optional;

import fi.sote.booking.application.booking.port.in.Confirmation;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.catalogue.ContactMode;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.shared.OrganisationId;

/** Writes a booking's confirmation from the catalogue, in the client's language: what a counsellor reads out. */
public final class Confirmations {

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
        String place = booking.time().servicePoint() == null
                ? null
                : catalogue
                        .servicePoint(organisation, booking.time().servicePoint())
                        .map(point -> place(point, language))
                        .orElse(null);
        String professional = catalogue
                .resource(organisation, booking.time().resource())
                .map(resource -> resource.title() == null ? resource.name() : resource.name() + ", " + resource.title())
                .orElse(null);
        String guidance = catalogue
                .product(organisation, booking.time().product())
                .map(product -> product.guidance().in(language))
                .orElse(null);
        return new Confirmation(
                start.toLocalDate(),
                start.getDayOfWeek(),
                start.toLocalTime(),
                end.toLocalTime(),
                mode.map(found -> found.name().in(language))
                        .orElse(booking.time().contactMode()),
                mode.map(ContactMode::remote).orElse(false),
                place,
                professional,
                guidance);
    }

    private static String place(ServicePoint point, String language) {
        return point.name().in(language) + ", " + point.address().street() + ", "
                + point.address().postalCode() + " " + point.address().postOffice();
    }
}
