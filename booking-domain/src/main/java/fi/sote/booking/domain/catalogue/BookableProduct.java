package fi.sote.booking.domain.catalogue;

import java.time.Duration;
import java.util.Set;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Bookable product (varaustuote): what a client, a counsellor or a professional books, e.g. "first
 * meeting with family counselling, 60 min, office or video". Capacity 1 is an individual time,
 * more a group time (ryhmäajanvaraus).
 */
public record BookableProduct(
        BookableProductId id,
        OrganisationId organisation,
        String code,
        SocialServiceId socialService,
        LocalizedText name,
        Duration duration,
        Set<String> contactModes,
        int capacity,
        Set<Channel> channels,
        SelfServiceRules selfService,
        Duration bufferBefore,
        Duration bufferAfter,
        GuidanceText guidance) {

    public static final Duration SHORTEST = Duration.ofMinutes(5);
    public static final Duration LONGEST = Duration.ofHours(8);
    public static final Duration LONGEST_BUFFER = Duration.ofHours(2);

    public BookableProduct {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        code = Invariants.code("code", code);
        Invariants.required("socialService", socialService);
        Invariants.required("name", name);
        Invariants.required("duration", duration);
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0 || duration.toSecondsPart() != 0) {
            throw new InvalidValueException("durationMinutes", "must be whole minutes from 5 to 480");
        }
        contactModes = Invariants.nonEmpty("contactModes", contactModes);
        capacity = Invariants.between("capacity", capacity, 1, 500);
        channels = Invariants.nonEmpty("channels", channels);
        Invariants.required("selfService", selfService);
        bufferBefore = buffer("bufferBeforeMinutes", bufferBefore);
        bufferAfter = buffer("bufferAfterMinutes", bufferAfter);
        Invariants.required("guidance", guidance);
    }

    public boolean isGroup() {
        return capacity > 1;
    }

    private static Duration buffer(String field, Duration buffer) {
        if (buffer == null) {
            return Duration.ZERO;
        }
        if (buffer.isNegative() || buffer.compareTo(LONGEST_BUFFER) > 0) {
            throw new InvalidValueException(field, "must be from 0 to 120 minutes");
        }
        return buffer;
    }
}
