package fi.sote.booking.application.privacy;

import java.util.Optional;
import java.util.Set;

import fi.sote.booking.application.booking.port.in.ClientView;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.Role;

/**
 * Who sees what of a booking and of client work in a calendar (DOMAIN.md sections 3 and 4), the one place every
 * read and every answer to a change asks:
 * <ul>
 *   <li><b>the booking</b> and <b>whom it concerns</b> (its client, and the personal identity code it was booked
 *       with): the client themselves and a guardian with custody; the counsellor who made it; the professional of
 *       the calendar and those working in the product's social service; the supervisor of the calendar's
 *       professional; an integration. Everyone else is told there is no such booking;
 *   <li><b>the referral note</b> (ohjaus): the counsellor who wrote it, the professionals of the product's social
 *       service and their supervisors, who reorganise that work when a professional is absent;
 *   <li><b>how to reach the client</b>: whoever sees whom the booking concerns; but under non-disclosure for
 *       personal safety (turvakielto) only the client (or guardian) and the professional who meets them in their
 *       own calendar, never an integration: the others are told it is withheld;
 *   <li><b>whom a calendar entry concerns</b>: the professional of the calendar and those of its social services,
 *       the supervisor, an integration; others see the entry type's neutral label.
 * </ul>
 */
public final class BookingVisibility {

    private final CatalogueRepository catalogue;
    private final ClientRecords records;
    private final ClientIdentities identities;

    public BookingVisibility(CatalogueRepository catalogue, ClientRecords records, ClientIdentities identities) {
        this.catalogue = catalogue;
        this.records = records;
        this.identities = identities;
    }

    /**
     * Whether the actor acts as the client: a client for themselves (by any reference they are known by, {@link
     * Actor#selves}), or for a child in their custody (the custody relation comes from the client-record system).
     */
    public boolean actsFor(Actor actor, String client) {
        if (!actor.is(Role.CLIENT) || client == null) {
            return false;
        }
        return actor.isKnownAs(client)
                || records.find(actor.organisation(), client)
                        .map(record -> actor.selves().stream().anyMatch(record::inCustodyOf))
                        .orElse(false);
    }

    /** Whether the booking exists for the actor; whoever may see a booking also sees whom it concerns. */
    public boolean maySee(Actor actor, Booking booking) {
        return actsFor(actor, booking.client()) || forTheService(actor, booking);
    }

    /** Whether the actor sees the booking only as its client, so that the rules of client self-service apply. */
    public boolean seesAsClientOnly(Actor actor, Booking booking) {
        return actsFor(actor, booking.client()) && !forTheService(actor, booking);
    }

    /**
     * What of the booking's client one answer shows the actor.
     *
     * @param withContact whether to read how to reach the client (reads of bookings; the answer to a change is for
     *     whoever just made it)
     */
    public ClientView clientView(Actor actor, Booking booking, boolean withContact) {
        if (!maySee(actor, booking)) {
            return ClientView.MASKED;
        }
        ClientView.Contact contact = withContact ? contact(actor, booking).orElse(null) : null;
        return new ClientView(
                true,
                identities.codeOf(actor.organisation(), booking.client()).orElse(null),
                contact,
                mayReadReferral(actor, booking),
                // how to reach the client goes with their contact details, and is withheld with them
                withContact && (contact == null || !contact.withheld()) ? booking.reachAt() : null);
    }

    /** Whether the actor may see whom a calendar entry concerns (an entry without a client has nobody to hide). */
    public boolean mayIdentify(Actor actor, CalendarEntry entry) {
        if (entry.clientReference() == null) {
            return true;
        }
        Set<SocialServiceId> services = catalogue
                .resource(actor.organisation(), entry.resource())
                .map(Resource::socialServices)
                .orElse(Set.of());
        return givesTheService(actor, entry.resource(), services);
    }

    /** In a role that gives or arranges the booking's service: not as its client. */
    private boolean forTheService(Actor actor, Booking booking) {
        if (actor.is(Role.COUNSELLOR) && booking.bookedBy().equals(actor.subject())) {
            return true;
        }
        return givesTheService(actor, booking.time().resource(), socialServiceOf(actor, booking));
    }

    private Set<SocialServiceId> socialServiceOf(Actor actor, Booking booking) {
        return catalogue
                .product(actor.organisation(), booking.time().product())
                .map(BookableProduct::socialService)
                .map(Set::of)
                .orElse(Set.of());
    }

    /**
     * An integration; the professional of the calendar or one working in any of the services; the supervisor of
     * the calendar's professional.
     */
    private boolean givesTheService(Actor actor, ResourceId calendar, Set<SocialServiceId> services) {
        if (actor.is(Role.INTEGRATION)) {
            return true;
        }
        boolean professional = actor.is(Role.PROFESSIONAL);
        boolean supervisor = actor.is(Role.SUPERVISOR);
        if (!professional && !supervisor) {
            return false;
        }
        Resource resource = catalogue.resource(actor.organisation(), calendar).orElse(null);
        if (resource == null) {
            return false;
        }
        if ((professional && actor.subject().equals(resource.subject()))
                || (supervisor && actor.subject().equals(resource.supervisorSubject()))) {
            return true;
        }
        return professional
                && !services.isEmpty()
                && catalogue.resources(actor.organisation()).stream()
                        .filter(mine -> actor.subject().equals(mine.subject()))
                        .anyMatch(mine -> mine.socialServices().stream().anyMatch(services::contains));
    }

    /**
     * The referral is for the professionals of the service it steers the client to (those working in the product's
     * social service) and their supervisors, and for the counsellor who wrote it; the caller has checked that the
     * actor sees the booking.
     */
    private boolean mayReadReferral(Actor actor, Booking booking) {
        if (booking.referralNote() == null) {
            return false;
        }
        if (actor.is(Role.COUNSELLOR) && booking.bookedBy().equals(actor.subject())) {
            return true;
        }
        boolean supervisor = actor.is(Role.SUPERVISOR);
        if (!actor.is(Role.PROFESSIONAL) && !supervisor) {
            return false;
        }
        Set<SocialServiceId> service = socialServiceOf(actor, booking);
        return catalogue.resources(actor.organisation()).stream()
                .filter(resource -> resource.socialServices().stream().anyMatch(service::contains))
                .anyMatch(resource -> actor.subject().equals(resource.subject())
                        || (supervisor && actor.subject().equals(resource.supervisorSubject())));
    }

    /** The client's contact details as the actor may see them; empty when the client-record system has sent nothing. */
    private Optional<ClientView.Contact> contact(Actor actor, Booking booking) {
        return records.find(actor.organisation(), booking.client()).map(record -> {
            boolean mustAct = actsFor(actor, booking.client())
                    || (!actor.isIntegration() && actor.is(Role.PROFESSIONAL) && meetsInOwnCalendar(actor, booking));
            return record.nonDisclosure() && !mustAct
                    ? ClientView.Contact.WITHHELD
                    : new ClientView.Contact(record.name(), record.phone(), record.address(), false);
        });
    }

    private boolean meetsInOwnCalendar(Actor actor, Booking booking) {
        return catalogue
                .resource(actor.organisation(), booking.time().resource())
                .map(resource -> actor.subject().equals(resource.subject()))
                .orElse(false);
    }
}
