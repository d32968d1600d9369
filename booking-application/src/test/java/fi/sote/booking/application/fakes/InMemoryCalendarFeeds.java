package fi.sote.booking.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fi.sote.booking.application.calendar.port.out.CalendarFeedRepository;
import fi.sote.booking.domain.calendar.CalendarFeed;
import fi.sote.booking.domain.calendar.CalendarFeedId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** The calendar feeds in memory, with the token hashes they were stored with. */
public final class InMemoryCalendarFeeds implements CalendarFeedRepository {

    /** A feed as stored: never its token, only the token's hash. */
    public record Stored(CalendarFeed feed, byte[] tokenHash, Instant revokedAt) {}

    private final List<Stored> stored = new ArrayList<>();

    public List<Stored> stored() {
        return List.copyOf(stored);
    }

    @Override
    public void add(CalendarFeed feed, byte[] tokenHash) {
        stored.add(new Stored(feed, tokenHash.clone(), null));
    }

    @Override
    public List<CalendarFeed> ofResource(OrganisationId organisation, ResourceId resource) {
        return active().filter(feed -> feed.organisation().equals(organisation)
                        && feed.resource().equals(resource))
                .sorted(Comparator.comparing(CalendarFeed::createdAt))
                .toList();
    }

    @Override
    public Optional<CalendarFeed> feed(OrganisationId organisation, CalendarFeedId id) {
        return active().filter(feed ->
                        feed.organisation().equals(organisation) && feed.id().equals(id))
                .findFirst();
    }

    @Override
    public Optional<CalendarFeed> byTokenHash(byte[] tokenHash) {
        return stored.stream()
                .filter(each -> each.revokedAt() == null && Arrays.equals(each.tokenHash(), tokenHash))
                .map(Stored::feed)
                .findFirst();
    }

    @Override
    public void revoke(OrganisationId organisation, CalendarFeedId id, Instant at) {
        stored.replaceAll(each -> each.feed().organisation().equals(organisation)
                        && each.feed().id().equals(id)
                        && each.revokedAt() == null
                ? new Stored(each.feed(), each.tokenHash(), at)
                : each);
    }

    private Stream<CalendarFeed> active() {
        return stored.stream().filter(each -> each.revokedAt() == null).map(Stored::feed);
    }
}
