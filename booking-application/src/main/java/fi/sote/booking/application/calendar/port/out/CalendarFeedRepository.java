package fi.sote.booking.application.calendar.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.calendar.CalendarFeed;
import fi.sote.booking.domain.calendar.CalendarFeedId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** The calendar feeds, each kept with the SHA-256 of its token, never the token. */
public interface CalendarFeedRepository {

    void add(CalendarFeed feed, byte[] tokenHash);

    /** The feeds of the resource not revoked, oldest first. */
    List<CalendarFeed> ofResource(OrganisationId organisation, ResourceId resource);

    /** The feed, if not revoked. */
    Optional<CalendarFeed> feed(OrganisationId organisation, CalendarFeedId id);

    /** The feed whose token has this hash, if not revoked, in any organisation. */
    Optional<CalendarFeed> byTokenHash(byte[] tokenHash);

    void revoke(OrganisationId organisation, CalendarFeedId id, Instant at);
}
