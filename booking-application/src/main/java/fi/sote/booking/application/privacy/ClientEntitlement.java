package fi.sote.booking.application.privacy;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.SocialServiceId;

/**
 * Who is entitled to know whom a booking or a calendar entry concerns (DOMAIN.md section 3): the
 * client themselves (and a guardian with custody); a professional in their own calendar and in the social services they work in;
 * the supervisor of the team; the counsellor who made the booking; an integration (within the
 * scopes its token carries). Everyone else sees client work only by its neutral label.
 */
public final class ClientEntitlement {

    private final CatalogueRepository catalogue;
    private final ClientRecords records;

    public ClientEntitlement(CatalogueRepository catalogue, ClientRecords records) {
        this.catalogue = catalogue;
        this.records = records;
    }

    /**
     * Whether the actor acts as the client: a client for themselves, or for a child in their custody
     * (the custody relation comes from the client-record system).
     */
    public boolean actsFor(Actor actor, String client) {
        if (!actor.roles().contains("client") || client == null) {
            return false;
        }
        return client.equals(actor.subject()) || records.find(actor.organisation(), client)
                .map(record -> record.inCustodyOf(actor.subject())).orElse(false);
    }

    /** Whether the actor may see the client of the booking. */
    public boolean mayIdentify(Actor actor, Booking booking) {
        Set<String> roles = actor.roles();
        if (actsFor(actor, booking.client())) {
            return true;
        }
        if (roles.contains("counsellor") && booking.bookedBy().equals(actor.subject())) {
            return true;
        }
        Set<SocialServiceId> services = catalogue.product(actor.organisation(), booking.time().product())
                .map(BookableProduct::socialService).map(Set::of).orElse(Set.of());
        return givesTheService(actor, booking.time().resource(), services);
    }

    /**
     * The client's contact details as the actor may see them: none for those not entitled to the
     * client; for a client under non-disclosure for personal safety (turvakielto) only for the client
     * (or their guardian) and the professional who meets them in their own calendar, never for an
     * integration. Empty when the client-record system has sent nothing.
     */
    public Optional<ClientContact> contact(Actor actor, Booking booking) {
        if (!mayIdentify(actor, booking)) {
            return Optional.empty();
        }
        return records.find(actor.organisation(), booking.client()).map(record -> {
            boolean mustAct = actsFor(actor, booking.client()) || (!actor.isIntegration()
                    && actor.roles().contains("professional")
                    && catalogue.resource(actor.organisation(), booking.time().resource())
                            .map(resource -> actor.subject().equals(resource.subject())).orElse(false));
            return record.nonDisclosure() && !mustAct ? ClientContact.WITHHELD
                    : new ClientContact(record.name(), record.phone(), record.address(), false);
        });
    }

    /** How to reach a client, or that it is withheld under non-disclosure for personal safety. */
    public record ClientContact(String name, String phone, Address address, boolean withheld) {
        static final ClientContact WITHHELD = new ClientContact(null, null, null, true);
    }

    /** Whether the actor may see the client of a calendar entry (entries without a client have none to hide). */
    public boolean mayIdentify(Actor actor, CalendarEntry entry) {
        if (entry.clientReference() == null) {
            return true;
        }
        Set<SocialServiceId> services = catalogue.resource(actor.organisation(), entry.resource())
                .map(Resource::socialServices).orElse(Set.of());
        return givesTheService(actor, entry.resource(), services);
    }

    /**
     * An integration; the professional of the calendar or one working in any of the services; the
     * supervisor of the calendar's professional.
     */
    private boolean givesTheService(Actor actor, ResourceId resourceId, Set<SocialServiceId> services) {
        Set<String> roles = actor.roles();
        if (roles.contains("integration")) {
            return true;
        }
        boolean professional = roles.contains("professional");
        boolean supervisor = roles.contains("supervisor");
        if (!professional && !supervisor) {
            return false;
        }
        Resource resource = catalogue.resource(actor.organisation(), resourceId).orElse(null);
        if (resource == null) {
            return false;
        }
        if ((professional && actor.subject().equals(resource.subject()))
                || (supervisor && actor.subject().equals(resource.supervisorSubject()))) {
            return true;
        }
        return professional && !services.isEmpty() && worksIn(actor).stream().anyMatch(services::contains);
    }

    private Set<SocialServiceId> worksIn(Actor actor) {
        return catalogue.resources(actor.organisation()).stream()
                .filter(resource -> actor.subject().equals(resource.subject()))
                .flatMap(resource -> resource.socialServices().stream()).collect(Collectors.toSet());
    }
}
