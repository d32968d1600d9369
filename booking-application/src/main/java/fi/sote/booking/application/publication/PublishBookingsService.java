package fi.sote.booking.application.publication;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.notification.EventFollower;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.notification.port.out.EventReaders.Audience;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.application.publication.port.in.PublishBookingsUseCase;
import fi.sote.booking.application.publication.port.out.AppointmentPublisher;
import fi.sote.booking.application.publication.port.out.AppointmentPublisher.Answer;
import fi.sote.booking.application.publication.port.out.Publications;
import fi.sote.booking.application.publication.port.out.Publications.Published;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Publishes bookings to the national appointment register (OmaKanta shows them to the client) as their events come:
 * a booked time, and every change of one after (moved, cancelled, how it went). A time only held is not published,
 * nor one of a product or social service the organisation keeps out of publication. The register gets the booking as
 * it is when it is published; a publication it does not take this time is tried again next round and the reading
 * stops there, so the changes of a booking reach it in order and none is lost. Each publication is written to the
 * disclosure log, naming the register.
 */
public final class PublishBookingsService extends EventFollower implements PublishBookingsUseCase {

    /** The name this reader of the events goes by. */
    static final String READER = "appointment-publication";

    static final String OPERATION = "publishAppointment";
    static final String PURPOSE = "publishing the booking in the national appointment register";
    static final String SUBJECT = "booking-service";

    private final BookingRepository bookings;
    private final CatalogueRepository catalogue;
    private final ClientIdentities identities;
    private final Publications publications;
    private final AppointmentPublisher publisher;
    private final AuditLog log;
    private final Set<String> excluded;

    /**
     * @param excluded the codes of the products and social services kept out of publication
     */
    public PublishBookingsService(
            EventReaders readers,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientIdentities identities,
            Publications publications,
            AppointmentPublisher publisher,
            AuditLog log,
            Set<String> excluded,
            Clock clock,
            Duration lease) {
        super(READER, Audience.PUBLICATION, readers, clock, lease);
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.identities = identities;
        this.publications = publications;
        this.publisher = publisher;
        this.log = log;
        this.excluded = Set.copyOf(excluded);
    }

    @Override
    public int publish() {
        return round();
    }

    @Override
    protected Function<Event, Result> teller(OrganisationId organisation, List<Event> events) {
        Map<BookingId, Booking> found = bookingsOf(bookings, organisation, events, event -> true);
        return event -> {
            Booking booking = found.get(new BookingId(event.aggregateId()));
            return booking == null ? Result.REFUSED : publish(organisation, booking);
        };
    }

    private Result publish(OrganisationId organisation, Booking booking) {
        Optional<Published> before = publications.of(organisation, booking.id());
        if (before.isPresent() && before.get().version() >= booking.version()) {
            return Result.REFUSED;
        }
        if (before.isEmpty()
                && (booking.status() == BookingStatus.PENDING
                        || !booking.status().takesTime())) {
            return Result.REFUSED;
        }
        Optional<BookableProduct> product =
                catalogue.product(organisation, booking.time().product());
        Optional<SocialService> service =
                product.flatMap(found -> catalogue.socialService(organisation, found.socialService()));
        if (product.isEmpty()
                || service.isEmpty()
                || excluded.contains(product.get().code())
                || excluded.contains(service.get().code())) {
            return Result.REFUSED;
        }
        Answer answer = publisher.publish(new AppointmentPublisher.Document(
                booking,
                product.get(),
                service.get(),
                catalogue.contactModes(organisation).stream()
                        .filter(mode -> mode.code().equals(booking.time().contactMode()))
                        .findFirst()
                        .orElse(null),
                booking.client() == null
                        ? null
                        : identities.codeOf(organisation, booking.client()).orElse(null),
                before.map(Published::remoteId).orElse(null),
                before.map(Published::remoteVersion).orElse(null)));
        if (answer instanceof Answer.Accepted accepted) {
            publications.published(
                    organisation,
                    booking.id(),
                    new Published(booking.version(), accepted.remoteId(), accepted.remoteVersion()),
                    clock.instant());
            disclosed(organisation, booking);
            return Result.SENT;
        }
        if (answer instanceof Answer.Refused refused) {
            publications.refused(
                    organisation,
                    booking.id(),
                    booking.version(),
                    refused.status() + " " + refused.error(),
                    clock.instant());
            return Result.REFUSED;
        }
        return Result.FAILED;
    }

    /** The register was shown the client's booking: an access by the service and a disclosure to the register. */
    private void disclosed(OrganisationId organisation, Booking booking) {
        if (booking.client() == null || publisher.recipient() == null) {
            return;
        }
        AuditEntry access = new AuditEntry(
                AuditEntry.Kind.ACCESS,
                organisation,
                clock.instant(),
                SUBJECT,
                "service",
                null,
                booking.client(),
                OPERATION,
                List.of(booking.id().value().toString()),
                PURPOSE,
                null);
        log.append(List.of(access, access.disclosedTo(publisher.recipient())));
    }
}
