package fi.sote.booking.application.booking.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.SeriesId;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Stores bookings. The store itself keeps the rules that must hold under concurrency: a resource's
 * time is taken once, a group time holds at most its capacity, a client is not booked twice at
 * overlapping times unless allowed. Every call but {@link #insertAndCommit} runs in the caller's
 * transaction, which makes a use case's writes (several bookings, the events) all or nothing.
 */
public interface BookingRepository {

    /** What became of an insert: stored, or what stood in the way. */
    enum Insertion {
        INSERTED,
        /** A booking of the resource takes overlapping time (places of the same group time do not). */
        SLOT_TAKEN,
        /** The group time has no places left. */
        GROUP_FULL,
        /** The client has a booking at an overlapping time, and the booking does not allow it. */
        CLIENT_ALREADY_BOOKED,
        /** An entry in the resource's calendar blocks booking over the time the booking keeps. */
        BLOCKED_BY_ENTRY,
        /** The room the booking takes is taken then: by a booking, or by an entry in its calendar that blocks booking. */
        ROOM_TAKEN,
        /**
         * The releases are not as they were read before the insert: the one the time was found in
         * has been withdrawn, or the resource has one that was not there.
         */
        RELEASES_CHANGED
    }

    /**
     * Of {@code rooms}, those free for {@code time} (no booking takes them over the time it keeps, no entry in their
     * calendar blocks booking then): first the one a place of the same group time already takes, then in the order
     * given.
     */
    List<ResourceId> freeRooms(OrganisationId organisation, List<ResourceId> rooms, BookedTime time);

    /**
     * Stores the booking with its event unless something stands in the way. The store decides it
     * where requests meet, in the database: bookings that take time now are read and the booking
     * inserted in one statement, and requests at the same moment are decided by the constraints.
     * Holds that have lapsed do not count against it (they are let go first when they stand in the way).
     *
     * @param read what the booking was drafted from, when the releases were read before the insert:
     *        the store confirms it in the same statement
     * @param shown the access log's entries of the answer that will show the booking's client, written with the
     *        booking, in the same statement, when it is stored (and not when it is not)
     */
    Insertion insert(Booking booking, BookingEvent event, ReleasesRead read, List<AuditEntry> shown);

    /** {@link #insert} of a booking whose answer is logged otherwise, or shows no client. */
    default Insertion insert(Booking booking, BookingEvent event, ReleasesRead read) {
        return insert(booking, event, read, List.of());
    }

    /**
     * Stores the booking with its event and entries as {@link #insert} does, and commits it at once, on its own: for a
     * booking that is the only write of its use case, made outside any transaction. The bookings stored so at the same
     * moment may share one statement and one commit (group commit), each with its own answer.
     */
    Insertion insertAndCommit(Booking booking, BookingEvent event, ReleasesRead read, List<AuditEntry> shown);

    /**
     * The releases as a booking was drafted from them, when they were read before its insert (as
     * slot search last read them): either the time was found in {@code offeredBy}, which must still
     * be there, or in none of the resource's releases, which were then only {@code known}.
     * {@link #NOW} when they were read from the database just before, as they are now, so there is nothing to
     * confirm.
     */
    record ReleasesRead(ReleaseId offeredBy, Set<ReleaseId> known) {

        public static final ReleasesRead NOW = new ReleasesRead(null, null);

        public static ReleasesRead offeredBy(ReleaseId release) {
            return new ReleasesRead(release, null);
        }

        public static ReleasesRead noneOf(Set<ReleaseId> known) {
            return new ReleasesRead(null, Set.copyOf(known));
        }
    }

    /**
     * Stores the next version of a booking over the version it was made from ({@code version - 1}).
     *
     * @return false when another change came first
     */
    boolean update(Booking booking);

    Optional<Booking> booking(OrganisationId organisation, BookingId id);

    /** Those of the bookings that exist, in any order: one read for many. */
    default List<Booking> bookings(OrganisationId organisation, Collection<BookingId> ids) {
        return ids.stream()
                .map(id -> booking(organisation, id))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The client's bookings, all statuses, by start. */
    List<Booking> ofClient(OrganisationId organisation, String client);

    /** The bookings whose short reference ({@link fi.sote.booking.domain.booking.BookingReference}) is this. */
    List<Booking> withReference(OrganisationId organisation, String reference);

    /** The resource's bookings, all statuses, whose time overlaps the interval, by start. */
    List<Booking> ofResource(OrganisationId organisation, ResourceId resource, TimeInterval interval);

    /** The bookings {@code bookedBy} made (as it names the maker) within the interval, all statuses, in any order. */
    List<Booking> madeBy(OrganisationId organisation, String bookedBy, TimeInterval madeWithin);

    /** The occurrences of a series, by start. */
    List<Booking> ofSeries(OrganisationId organisation, SeriesId series);

    /** Appends the event to the outbox, in the transaction of the change. */
    void record(BookingEvent event);
}
