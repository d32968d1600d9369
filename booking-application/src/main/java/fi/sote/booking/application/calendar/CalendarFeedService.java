package fi.sote.booking.application.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.port.in.KeepCalendarFeedsUseCase;
import fi.sote.booking.application.calendar.port.in.ReadCalendarFeedQuery;
import fi.sote.booking.application.calendar.port.out.CalendarFeedRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarFeed;
import fi.sote.booking.domain.calendar.CalendarFeedId;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;

public final class CalendarFeedService implements KeepCalendarFeedsUseCase, ReadCalendarFeedQuery {

    /** 256 random bits: a token nobody guesses. */
    private static final int TOKEN_BYTES = 32;

    private static final int TOKEN_LENGTH = 43;

    private final CalendarAccess access;
    private final CalendarFeedRepository feeds;
    private final CalendarRepository calendar;
    private final BookingRepository bookings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeedService(
            CatalogueRepository catalogue,
            CalendarFeedRepository feeds,
            CalendarRepository calendar,
            BookingRepository bookings,
            Clock clock) {
        this.access = new CalendarAccess(catalogue);
        this.feeds = feeds;
        this.calendar = calendar;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public Outcome<CreatedFeed> create(Actor actor, ResourceId resource, String label) {
        Optional<Outcome<CreatedFeed>> refusal = access.refusal(actor, resource);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        CalendarFeed feed =
                CalendarFeed.create(actor.organisation(), resource, label, actor.subject(), clock.instant());
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.add(feed, hash(token));
        return Outcome.accepted(new CreatedFeed(feed, token));
    }

    @Override
    public Outcome<List<CalendarFeed>> feeds(Actor actor, ResourceId resource) {
        Optional<Outcome<List<CalendarFeed>>> refusal = access.refusal(actor, resource);
        return refusal.orElseGet(() -> Outcome.accepted(feeds.ofResource(actor.organisation(), resource)));
    }

    @Override
    public Outcome<CalendarFeed> revoke(Actor actor, CalendarFeedId id) {
        Optional<CalendarFeed> feed = feeds.feed(actor.organisation(), id);
        if (feed.isEmpty()) {
            return Outcome.notFound("No calendar feed " + id);
        }
        Optional<Outcome<CalendarFeed>> refusal =
                access.refusal(actor, feed.get().resource());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        feeds.revoke(actor.organisation(), id, clock.instant());
        return Outcome.accepted(feed.get());
    }

    @Override
    public Optional<FeedContent> read(String token) {
        // anything but a token of the form handed out is no feed, without a look in the store
        if (token == null || token.length() != TOKEN_LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return feeds.byTokenHash(hash(token)).map(feed -> new FeedContent(feed, blocks(feed, clock.instant())));
    }

    /** The feed's calendar entries and booked times over its window, by start. */
    private List<Block> blocks(CalendarFeed feed, Instant now) {
        TimeInterval window = CalendarFeed.window(now);
        List<Block> blocks = new ArrayList<>();
        for (CalendarEntry entry : calendar.entries(feed.organisation(), feed.resource(), window)) {
            blocks.add(new Block("entry-" + entry.id(), entry.interval(), entry.version(), entry.blocksBooking()));
        }
        Map<String, Block> times = new LinkedHashMap<>();
        for (Booking booking : bookings.ofResource(feed.organisation(), feed.resource(), window)) {
            if (!booking.takesTimeAt(now)) {
                continue;
            }
            // the clients of one group time share it: one busy time, changed when any of its bookings is
            String uid = booking.time().isGroup()
                    ? "group-" + booking.time().product() + "-"
                            + booking.time().interval().start().getEpochSecond()
                    : "booking-" + booking.id();
            times.merge(
                    uid,
                    new Block(uid, booking.time().interval(), booking.version(), true),
                    (one, other) -> one.sequence() >= other.sequence() ? one : other);
        }
        blocks.addAll(times.values());
        blocks.sort(
                Comparator.comparing((Block block) -> block.interval().start()).thenComparing(Block::uid));
        return List.copyOf(blocks);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
