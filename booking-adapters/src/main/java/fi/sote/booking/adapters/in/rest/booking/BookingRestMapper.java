package fi.sote.booking.adapters.in.rest.booking;

import java.util.List;
import java.util.UUID;

import org.mapstruct.Mapper;

import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingList;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingPage;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingRequest;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.BookingView;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.ClientContactView;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.ConfirmationView;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.ReachAtDto;
import fi.sote.booking.adapters.in.rest.booking.BookingDtos.StatusChangeView;
import fi.sote.booking.adapters.in.rest.catalogue.CatalogueDtos.AddressDto;
import fi.sote.booking.application.booking.port.in.ClientView;
import fi.sote.booking.application.booking.port.in.Confirmation;
import fi.sote.booking.application.booking.port.in.ShownBooking;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.shared.Page;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.MultiBookingId;
import fi.sote.booking.domain.booking.ReachAt;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.booking.StatusChange;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.client.PersonalIdentityCode;

/**
 * Bookings between the REST edge and the use cases, in one place: requests into {@link SlotRequest}s, the read model
 * into views. The confirmation, status change and address map field by field; the booking itself is mapped by hand,
 * because what it shows of its client is privacy's decision ({@link ClientView}), made by the application.
 */
@Mapper
interface BookingRestMapper {

    ConfirmationView toView(Confirmation confirmation);

    StatusChangeView toView(StatusChange change);

    AddressDto toDto(Address address);

    default BookingView toView(ShownBooking shown) {
        Booking booking = shown.booking();
        ClientView client = shown.client();
        ClientView.Contact contact = client.contact();
        boolean withheld = contact != null && contact.withheld();
        var time = booking.time();
        return new BookingView(
                booking.id().value(),
                booking.status(),
                booking.status().finnishName(),
                booking.status().fhirCode(),
                time.resource().value(),
                time.product().value(),
                time.interval().start(),
                time.interval().end(),
                time.contactMode(),
                id(time.servicePoint()),
                time.room() == null ? null : time.room().value(),
                time.capacity(),
                !client.identified(),
                client.identified() ? booking.client() : null,
                client.code() == null ? null : client.code().value(),
                contact == null || withheld
                        ? null
                        : new ClientContactView(contact.name(), contact.phone(), toDto(contact.address())),
                withheld,
                client.identified() ? booking.clientLanguage() : null,
                booking.channel(),
                shown.staffNamed() || booking.bookedBy().equals(booking.client()) ? booking.bookedBy() : null,
                booking.bookedAt(),
                booking.holdExpiresAt(),
                client.referral() ? booking.referralNote() : null,
                booking.clientOverlapAllowed(),
                booking.languageMismatchAllowed(),
                client.reachAt() == null
                        ? null
                        : new ReachAtDto(
                                client.reachAt().phone(), client.reachAt().email()),
                id(booking.series()),
                id(booking.multiBooking()),
                id(booking.replaces()),
                id(booking.replacedBy()),
                shown(booking.lastChange(), shown.staffNamed() ? null : booking.client()),
                booking.version(),
                toView(shown.confirmation()));
    }

    /** The last change as shown: who made it left out unless staff are named or it was the client themselves. */
    private StatusChangeView shown(StatusChange change, String onlyClient) {
        StatusChangeView view = toView(change);
        return view == null || onlyClient == null || onlyClient.equals(view.by())
                ? view
                : new StatusChangeView(view.status(), view.reason(), null, view.at());
    }

    default BookingList toList(List<ShownBooking> shown) {
        return new BookingList(shown.stream().map(this::toView).toList());
    }

    default BookingPage toPage(Page<ShownBooking> page) {
        return new BookingPage(
                page.items().stream().map(this::toView).toList(),
                page.next() == null ? null : page.next().encode());
    }

    default SlotRequest toRequest(BookingRequest body) {
        return new SlotRequest(
                new ResourceId(body.resourceId()),
                new BookableProductId(body.productId()),
                body.start(),
                body.contactMode(),
                body.channel(),
                body.client(),
                body.clientLanguage(),
                body.referralNote(),
                Boolean.TRUE.equals(body.allowClientOverlap()),
                body.clientPersonalIdentityCode() == null
                        ? null
                        : PersonalIdentityCode.parse("clientPersonalIdentityCode", body.clientPersonalIdentityCode()),
                Boolean.TRUE.equals(body.allowLanguageMismatch()),
                body.clientReachAt() == null
                        ? null
                        : new ReachAt(
                                body.clientReachAt().phone(),
                                body.clientReachAt().email()),
                body.roomId() == null ? null : new ResourceId(body.roomId()),
                false);
    }

    private static UUID id(ServicePointId id) {
        return id == null ? null : id.value();
    }

    private static UUID id(SeriesId id) {
        return id == null ? null : id.value();
    }

    private static UUID id(MultiBookingId id) {
        return id == null ? null : id.value();
    }

    private static UUID id(BookingId id) {
        return id == null ? null : id.value();
    }
}
