package fi.sote.booking.application.booking;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.privacy.ClientEntitlement;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;

public final class ViewBookingsService implements ViewBookingsQuery {

    private final BookingRules rules;
    private final CatalogueRepository catalogue;
    private final ClientEntitlement entitlement;
    private final AuditTrail trail;

    public ViewBookingsService(BookingRules rules, CatalogueRepository catalogue, ClientEntitlement entitlement,
            AuditTrail trail) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.entitlement = entitlement;
        this.trail = trail;
    }

    @Override
    public Outcome<Booking> booking(Actor actor, BookingId id) {
        Outcome<Booking> found = rules.visible(actor, id);
        if (found instanceof Outcome.Accepted<Booking> accepted) {
            logShown(actor, "getBooking", List.of(accepted.value()));
        }
        return found;
    }

    @Override
    public List<Booking> ofClient(Actor actor, String client) {
        return logShown(actor, "listBookings", seenOf(actor, client));
    }

    private List<Booking> seenOf(Actor actor, String client) {
        String whose = client;
        if (whose == null) {
            if (!actor.roles().contains("client")) {
                throw new InvalidValueException("client", "is required");
            }
            whose = actor.subject();
        }
        return rules.bookings().ofClient(actor.organisation(), whose).stream()
                .filter(booking -> rules.maySee(actor, booking)).toList();
    }

    @Override
    public List<Booking> ofClient(Actor actor, PersonalIdentityCode client) {
        // a code never seen has no bookings; nothing is kept for a mere search
        return logShown(actor, "searchClientBookings", rules.clients().knownReference(actor.organisation(), client)
                .map(reference -> seenOf(actor, reference)).orElse(List.of()));
    }

    @Override
    public ClientView clientView(Actor actor, Booking booking, boolean withContact) {
        if (!entitlement.mayIdentify(actor, booking)) {
            return ClientView.MASKED;
        }
        return new ClientView(true, rules.clients().codeOf(actor.organisation(), booking.client()).orElse(null),
                withContact ? entitlement.contact(actor, booking).orElse(null) : null, mayReadReferral(actor, booking));
    }

    /** Writes the bookings whose client the actor is shown to the access log. */
    private List<Booking> logShown(Actor actor, String operation, List<Booking> bookings) {
        trail.shown(actor, operation, bookings, booking -> entitlement.mayIdentify(actor, booking), Booking::client,
                booking -> "booking:" + booking.id().value());
        return bookings;
    }

    /**
     * The referral (ohjaus) is for the professionals of the service it steers the client to: those
     * working in the product's social service and their supervisors, and the counsellor who wrote it;
     * the caller has checked that the actor is shown the client.
     */
    private boolean mayReadReferral(Actor actor, Booking booking) {
        if (booking.referralNote() == null) {
            return false;
        }
        Set<String> roles = actor.roles();
        if (roles.contains("counsellor") && booking.bookedBy().equals(actor.subject())) {
            return true;
        }
        if (!roles.contains("professional") && !roles.contains("supervisor")) {
            return false;
        }
        var service = catalogue.product(actor.organisation(), booking.time().product()).map(BookableProduct::socialService);
        return service.isPresent() && catalogue.resources(actor.organisation()).stream()
                .filter(resource -> resource.socialServices().contains(service.get()))
                .anyMatch(resource -> actor.subject().equals(resource.subject())
                        || (roles.contains("supervisor") && actor.subject().equals(resource.supervisorSubject())));
    }
}
