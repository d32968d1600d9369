package fi.sote.booking.application.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.Confirmations;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.notification.Messenger.Concerning;
import fi.sote.booking.application.notification.Messenger.Message;
import fi.sote.booking.application.notification.Messenger.Recipient;
import fi.sote.booking.application.notification.Messenger.Text;
import fi.sote.booking.application.notification.port.in.NotifyStaffUseCase;
import fi.sote.booking.application.notification.port.out.EventReaders;
import fi.sote.booking.application.notification.port.out.EventReaders.Audience;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.application.notification.port.out.StaffContacts;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.notification.StaffContact;
import fi.sote.booking.domain.shared.OrganisationId;

public final class NotifyStaffService extends EventFollower implements NotifyStaffUseCase {

    /** The name this reader of the events goes by. */
    static final String READER = "staff-messages";

    static final String PURPOSE = "telling the professional of a client's time that came to them";

    private final BookingRepository bookings;
    private final Confirmations confirmations;
    private final CatalogueRepository catalogue;
    private final StaffContacts contacts;
    private final Messenger messenger;

    public NotifyStaffService(
            EventReaders readers,
            BookingRepository bookings,
            CatalogueRepository catalogue,
            StaffContacts contacts,
            Map<MessageChannel, MessageSender> senders,
            AuditLog log,
            Clock clock,
            Duration lease) {
        super(READER, Audience.STAFF, readers, clock, lease);
        this.bookings = bookings;
        this.confirmations = new Confirmations(catalogue);
        this.catalogue = catalogue;
        this.contacts = contacts;
        this.messenger = new Messenger(senders, log, clock);
    }

    @Override
    public int notifyStaff() {
        return round();
    }

    /** The page's bookings, read once for the page. */
    @Override
    protected Function<Event, Result> teller(OrganisationId organisation, List<Event> events) {
        Map<BookingId, Booking> found =
                bookingsOf(bookings, organisation, events, event -> event.type().equals("booking.booked"));
        return event -> Optional.ofNullable(found.get(new BookingId(event.aggregateId())))
                .filter(booking -> event.type().equals("booking.booked"))
                .map(this::tell)
                .orElse(Result.REFUSED);
    }

    /**
     * Tells the professional whose calendar the booking is in of a first contact booked from counselling, or of a
     * time taken over from an absent colleague; REFUSED when there is nothing to tell, or no way to reach them.
     */
    private Result tell(Booking booking) {
        if (booking.status() != BookingStatus.BOOKED) {
            return Result.REFUSED;
        }
        String kind;
        if (booking.replaces() == null) {
            if (booking.channel() != Channel.COUNSELLING) {
                return Result.REFUSED;
            }
            kind = "FIRST_CONTACT";
        } else {
            Optional<Booking> before = bookings.booking(booking.organisation(), booking.replaces());
            if (before.isEmpty() || !NotifyClientsService.reassigned(before.get(), booking)) {
                return Result.REFUSED;
            }
            kind = "TAKEN_OVER";
        }
        Optional<StaffContact> contact = catalogue
                .resource(booking.organisation(), booking.time().resource())
                .map(Resource::subject)
                .flatMap(subject -> contacts.find(booking.organisation(), subject));
        if (contact.isEmpty()) {
            return Result.REFUSED;
        }
        String language = contact.get().language();
        String service = catalogue
                .product(booking.organisation(), booking.time().product())
                .map(product -> product.name().in(language))
                .orElse("");
        Text text = kind.equals("FIRST_CONTACT")
                ? StaffMessages.firstContact(language, confirmations.of(booking, language), service, booking.id())
                : StaffMessages.takenOver(language, confirmations.of(booking, language), service, booking.id());
        return messenger.send(
                booking.organisation(),
                recipient(contact.get()),
                new Concerning(booking.client(), booking.id(), PURPOSE),
                channel -> Optional.of(new Message(kind, text)));
    }

    /** A member of staff as their contact reaches them. */
    static Recipient recipient(StaffContact contact) {
        return new Recipient(contact.subject(), contact::reachableBy, contact.language());
    }
}
