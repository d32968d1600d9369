package fi.sote.booking.application.booking;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
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

    public ViewBookingsService(BookingRules rules, CatalogueRepository catalogue) {
        this.rules = rules;
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<Booking> booking(Actor actor, BookingId id) {
        return rules.visible(actor, id);
    }

    @Override
    public List<Booking> ofClient(Actor actor, String client) {
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
        return rules.clients().knownReference(actor.organisation(), client)
                .map(reference -> ofClient(actor, reference)).orElse(List.of());
    }

    @Override
    public Optional<PersonalIdentityCode> clientCode(Actor actor, Booking booking) {
        return rules.clients().codeOf(actor.organisation(), booking.client());
    }

    /**
     * The referral (ohjaus) is for the professionals of the service it steers the client to: those
     * working in the product's social service and their supervisors, and the counsellor who wrote it.
     */
    @Override
    public boolean mayReadReferral(Actor actor, Booking booking) {
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
