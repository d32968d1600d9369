package fi.sote.booking.domain.booking;

import java.time.Instant;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A booking (ajanvaraus): a commitment to give a client a service at a time. FHIR: Appointment.
 * Immutable: every change gives the next version, which the repository stores only over the
 * version it was made from.
 *
 * @param client the client's reference (their identifier in the client-record system, or the token
 *        subject of a client booking for themselves)
 * @param channel how the booking came (the statistics count it), {@code bookedBy} who made it
 * @param holdExpiresAt when a held time ({@link BookingStatus#PENDING}) lapses; null otherwise
 * @param referralNote the counsellor's referral (ohjaus) for the professionals of the service, or null
 * @param clientOverlapAllowed a professional booked this although the client has another booking at the time
 * @param languageMismatchAllowed the booker booked a professional who does not speak the client's language, knowingly
 * @param reachAt how to reach the client for the contact, as staff recorded it when booking; or null
 * @param series the series booking (sarja-ajanvaraus) it is an occurrence of, or null
 * @param multiBooking the multi-booking (moniajanvaraus) it was made in, or null
 * @param replaces the booking this one replaced when it was moved here, or null
 * @param replacedBy the booking that replaced this one when it was moved, or null
 */
public record Booking(
        BookingId id,
        OrganisationId organisation,
        BookedTime time,
        String client,
        String clientLanguage,
        Channel channel,
        String bookedBy,
        Instant bookedAt,
        BookingStatus status,
        Instant holdExpiresAt,
        String referralNote,
        boolean clientOverlapAllowed,
        boolean languageMismatchAllowed,
        ReachAt reachAt,
        SeriesId series,
        MultiBookingId multiBooking,
        BookingId replaces,
        BookingId replacedBy,
        StatusChange lastChange,
        long version) {

    public static final int LONGEST_REFERRAL = 4000;

    public Booking {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("time", time);
        client = Invariants.text("client", client, 128);
        Invariants.required("channel", channel);
        Invariants.required("bookedBy", bookedBy);
        Invariants.required("bookedAt", bookedAt);
        Invariants.required("status", status);
        referralNote = Invariants.optionalText("referralNote", referralNote, LONGEST_REFERRAL);
        if ((status == BookingStatus.PENDING) != (holdExpiresAt != null)) {
            throw new IllegalArgumentException("a held time, and only a held time, has an expiry");
        }
    }

    /**
     * A booking whose professional speaks the client's language, or whose language was not stated, and with no way to
     * reach the client of its own.
     */
    public Booking(
            BookingId id,
            OrganisationId organisation,
            BookedTime time,
            String client,
            String clientLanguage,
            Channel channel,
            String bookedBy,
            Instant bookedAt,
            BookingStatus status,
            Instant holdExpiresAt,
            String referralNote,
            boolean clientOverlapAllowed,
            SeriesId series,
            MultiBookingId multiBooking,
            BookingId replaces,
            BookingId replacedBy,
            StatusChange lastChange,
            long version) {
        this(
                id,
                organisation,
                time,
                client,
                clientLanguage,
                channel,
                bookedBy,
                bookedAt,
                status,
                holdExpiresAt,
                referralNote,
                clientOverlapAllowed,
                false,
                null,
                series,
                multiBooking,
                replaces,
                replacedBy,
                lastChange,
                version);
    }

    /** Whether the booking takes its time at {@code now}: not cancelled, not moved, not a lapsed hold. */
    public boolean takesTimeAt(Instant now) {
        return status.takesTime() && !(status == BookingStatus.PENDING && !holdExpiresAt.isAfter(now));
    }

    public boolean isHeldAt(Instant now) {
        return status == BookingStatus.PENDING && holdExpiresAt.isAfter(now);
    }

    /** The next version in {@code status}; the caller has checked that the status {@link BookingStatus#mayBecome may} follow. */
    public Booking becomes(BookingStatus next, ChangeReason reason, String by, Instant at) {
        if (!status.mayBecome(next)) {
            throw new IllegalStateException(status + " cannot become " + next);
        }
        return new Booking(
                id,
                organisation,
                time,
                client,
                clientLanguage,
                channel,
                bookedBy,
                bookedAt,
                next,
                null,
                referralNote,
                clientOverlapAllowed,
                languageMismatchAllowed,
                reachAt,
                series,
                multiBooking,
                replaces,
                replacedBy,
                new StatusChange(next, reason, by, at),
                version + 1);
    }

    /** The next version, moved: it links to the booking that replaces it. */
    public Booking movedTo(BookingId replacement, ChangeReason reason, String by, Instant at) {
        Booking moved = becomes(BookingStatus.MOVED, reason, by, at);
        return new Booking(
                id,
                organisation,
                time,
                client,
                clientLanguage,
                channel,
                bookedBy,
                bookedAt,
                moved.status,
                null,
                referralNote,
                clientOverlapAllowed,
                languageMismatchAllowed,
                reachAt,
                series,
                multiBooking,
                replaces,
                replacement,
                moved.lastChange,
                moved.version);
    }
}
