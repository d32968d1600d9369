package fi.sote.booking.application.calendar.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.SlotKey;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A search for free times. Every filter but the organisation, the caller's channels and the time
 * range is optional (null). Valid once constructed.
 *
 * @param channels the channels the caller books through; only times released to one of them are found
 * @param area a postal code: times at service points of that area
 * @param after continue after this slot (the previous page's cursor), or null for the first page
 */
public record SlotSearch(
        OrganisationId organisation,
        Set<Channel> channels,
        SocialServiceId socialService,
        BookableProductId product,
        ServicePointId servicePoint,
        String area,
        String contactMode,
        String language,
        ResourceId resource,
        Instant from,
        Instant to,
        int limit,
        SlotKey after) {

    /** Longest range one search covers. */
    public static final Duration LONGEST_RANGE = Duration.ofDays(366);

    public static final int MOST_RESULTS = 100;

    public SlotSearch {
        Invariants.required("organisation", organisation);
        channels = Invariants.nonEmpty("channels", channels);
        Invariants.required("from", from);
        Invariants.required("to", to);
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw new InvalidValueException("to", "must be at most 366 days after from");
        }
        limit = Invariants.between("limit", limit, 1, MOST_RESULTS);
        contactMode = contactMode == null || contactMode.isBlank() ? null : Invariants.code("contactMode", contactMode);
        language =
                language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        area = area == null || area.isBlank() ? null : area.strip();
    }
}
