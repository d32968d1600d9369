package fi.sote.booking.application.booking.port.in;

import java.time.Instant;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.ReachAt;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * A time to book or hold for a client: the resource's slot of a product starting at {@code start}.
 *
 * @param channel through which channel; null for the one channel the caller's role books through
 * @param contactMode how to meet; null for the product's only mode (required when it has several)
 * @param client the client's reference; null for a client booking for themselves
 * @param clientLanguage the language of the confirmation and guidance (fi, sv, en); null for Finnish
 * @param referralNote the referral (ohjaus) for the professionals of the service, or null
 * @param allowClientOverlap a professional books although the client has another booking at the time
 * @param allowLanguageMismatch the booker books a professional who does not speak {@code clientLanguage}, knowingly
 * @param reachAt how to reach the client for the contact, as staff record it; or null
 * @param clientCode the client's personal identity code, instead of {@code client}; or null
 * @param room the room to take besides the professional, or null: then one is picked when the product needs it
 * @param anotherRoom whether another free room at the place will do when {@code room} is taken (a reschedule's wish to
 *     keep its room), rather than the booking being refused
 */
public record SlotRequest(
        ResourceId resource,
        BookableProductId product,
        Instant start,
        String contactMode,
        Channel channel,
        String client,
        String clientLanguage,
        String referralNote,
        boolean allowClientOverlap,
        PersonalIdentityCode clientCode,
        boolean allowLanguageMismatch,
        ReachAt reachAt,
        ResourceId room,
        boolean anotherRoom) {

    public SlotRequest {
        Invariants.required("resource", resource);
        Invariants.required("product", product);
        Invariants.wholeSecond("start", start);
        contactMode = contactMode == null ? null : Invariants.code("contactMode", contactMode);
        client = ClientReference.optional("client", client);
        if (clientLanguage != null && !clientLanguage.matches("fi|sv|en")) {
            throw new InvalidValueException("clientLanguage", "must be fi, sv or en");
        }
        referralNote = Invariants.optionalText("referralNote", referralNote, Booking.LONGEST_REFERRAL);
        if (client != null && clientCode != null) {
            throw new InvalidValueException(
                    "clientPersonalIdentityCode", "give either client or clientPersonalIdentityCode");
        }
    }

    /** A request that states no language (or one its professional speaks) and records no way to reach the client. */
    public SlotRequest(
            ResourceId resource,
            BookableProductId product,
            Instant start,
            String contactMode,
            Channel channel,
            String client,
            String clientLanguage,
            String referralNote,
            boolean allowClientOverlap,
            PersonalIdentityCode clientCode) {
        this(
                resource,
                product,
                start,
                contactMode,
                channel,
                client,
                clientLanguage,
                referralNote,
                allowClientOverlap,
                clientCode,
                false,
                null,
                null,
                false);
    }

    /** A request that names no room: one is picked when the product needs it. */
    public SlotRequest(
            ResourceId resource,
            BookableProductId product,
            Instant start,
            String contactMode,
            Channel channel,
            String client,
            String clientLanguage,
            String referralNote,
            boolean allowClientOverlap,
            PersonalIdentityCode clientCode,
            boolean allowLanguageMismatch,
            ReachAt reachAt) {
        this(
                resource,
                product,
                start,
                contactMode,
                channel,
                client,
                clientLanguage,
                referralNote,
                allowClientOverlap,
                clientCode,
                allowLanguageMismatch,
                reachAt,
                null,
                false);
    }

    /** The same request at another start (an occurrence of a series). */
    public SlotRequest at(Instant otherStart) {
        return new SlotRequest(
                resource,
                product,
                otherStart,
                contactMode,
                channel,
                client,
                clientLanguage,
                referralNote,
                allowClientOverlap,
                clientCode,
                allowLanguageMismatch,
                reachAt,
                room,
                anotherRoom);
    }
}
