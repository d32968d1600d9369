package fi.sote.booking.application.booking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * The room a booking takes besides its professional: the one the request names, or, when the product needs a room in
 * the booking's contact mode, a free room at the time's service point (the professional's, when the time names none),
 * by name. The database keeps a room from being taken twice; this only chooses which one to ask for.
 */
final class Rooms {

    private static final Comparator<Resource> BY_NAME =
            Comparator.comparing(Resource::name).thenComparing(room -> room.id().value());

    private final CatalogueRepository catalogue;
    private final BookingRepository bookings;

    Rooms(CatalogueRepository catalogue, BookingRepository bookings) {
        this.catalogue = catalogue;
        this.bookings = bookings;
    }

    /**
     * The rooms a time may take, in the order to try them; {@code picks} when any free one of them will do, rather than
     * only the one named.
     */
    record Choice(List<Resource> rooms, boolean picks) {

        static final Choice NONE = new Choice(List.of(), false);

        boolean needed() {
            return !rooms.isEmpty();
        }
    }

    /**
     * Which rooms the time may take; {@link Choice#NONE} when it takes none (or is a room's own booking, which takes
     * the room as its resource).
     *
     * @throws InvalidValueException on {@code room} when the named one is not a room at the time's place
     */
    Choice of(
            OrganisationId organisation,
            SlotRequest request,
            BookableProduct product,
            Resource resource,
            BookedTime time) {
        if (resource.kind() == ResourceKind.ROOM) {
            if (request.room() != null && !request.room().equals(resource.id())) {
                throw new InvalidValueException("roomId", "a room's own booking takes no other room");
            }
            return Choice.NONE;
        }
        Set<ServicePointId> places =
                time.servicePoint() != null ? Set.of(time.servicePoint()) : resource.servicePoints();
        if (request.room() == null) {
            return product.needsRoomFor(time.contactMode())
                    ? new Choice(roomsAt(organisation, places), true)
                    : Choice.NONE;
        }
        Resource named = catalogue
                .resource(organisation, request.room())
                .filter(found -> found.kind() == ResourceKind.ROOM)
                .orElseThrow(() -> new InvalidValueException("roomId", "is not a room of the organisation"));
        if (time.servicePoint() != null && !named.servicePoints().contains(time.servicePoint())) {
            throw new InvalidValueException("roomId", "is not at the service point of the time");
        }
        if (!request.anotherRoom()) {
            return new Choice(List.of(named), false);
        }
        List<Resource> rooms = new ArrayList<>(List.of(named));
        roomsAt(organisation, places).stream()
                .filter(room -> !room.equals(named))
                .forEach(rooms::add);
        return new Choice(rooms, true);
    }

    /** The time in the first of the chosen rooms free for it, or why there is none. */
    Outcome<BookedTime> firstFree(OrganisationId organisation, Choice choice, BookedTime time) {
        List<ResourceId> free = bookings.freeRooms(
                organisation, choice.rooms().stream().map(Resource::id).toList(), time);
        if (free.isEmpty()) {
            String at = time.interval()
                    .start()
                    .atZone(BookingTime.ZONE)
                    .toLocalDateTime()
                    .toString();
            return Outcome.rejected(
                    RejectionReason.ROOM_UNAVAILABLE,
                    "roomId",
                    choice.picks()
                            ? "No room at the service point is free at " + at
                            : "The room " + choice.rooms().get(0).name() + " is taken at " + at);
        }
        Resource room = choice.rooms().stream()
                .filter(candidate -> candidate.id().equals(free.get(0)))
                .findFirst()
                .orElseThrow();
        return Outcome.accepted(time.inRoom(room.id(), placeOf(room, time)));
    }

    /** Where the room is, for a time that names no place: the room's service point, when it has one. */
    private static ServicePointId placeOf(Resource room, BookedTime time) {
        if (time.servicePoint() != null || room.servicePoints().size() != 1) {
            return time.servicePoint();
        }
        return room.servicePoints().iterator().next();
    }

    private List<Resource> roomsAt(OrganisationId organisation, Set<ServicePointId> places) {
        return catalogue.resources(organisation).stream()
                .filter(candidate -> candidate.isRoomAt(places))
                .sorted(BY_NAME)
                .toList();
    }

    /** The time of a room's own booking takes the room itself, so that no booking with a professional takes it too. */
    static BookedTime own(Resource resource, BookedTime time) {
        return resource.kind() == ResourceKind.ROOM ? time.inRoom(resource.id(), placeOf(resource, time)) : time;
    }
}
