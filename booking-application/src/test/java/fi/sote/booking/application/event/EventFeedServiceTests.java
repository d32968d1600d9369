package fi.sote.booking.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.event.port.in.FollowEventsQuery.Event;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Page;
import fi.sote.booking.application.event.port.in.FollowEventsQuery.Position;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/** The feed's pages: the caller's organisation only, and a next position that never goes back. */
class EventFeedServiceTests {

    private static final OrganisationId ORG = new OrganisationId("org");
    private static final Actor ADMINISTRATOR = new Actor(ORG, "admin", Set.of(Role.ADMINISTRATOR));

    private final List<Event> stored = new ArrayList<>();
    private final List<OrganisationId> asked = new ArrayList<>();
    private final EventFeedService feed = new EventFeedService((organisation, after, limit) -> {
        asked.add(organisation);
        return stored.stream()
                .filter(event -> event.position().transaction() > after.transaction()
                        || (event.position().transaction() == after.transaction()
                                && event.position().event() > after.event()))
                .limit(limit)
                .toList();
    });

    private static Event event(long transaction, long id) {
        return new Event(
                id, "booking.booked", "booking", UUID.randomUUID(), Instant.EPOCH, new Position(transaction, id));
    }

    @Test
    void aPageEndsAtItsLastEventAndAnEmptyOneStaysWhereItWas() {
        stored.addAll(List.of(event(5, 2), event(5, 3), event(7, 1)));

        Page first = feed.after(ADMINISTRATOR, Position.START, 2);
        assertThat(first.events()).extracting(Event::id).containsExactly(2L, 3L);
        assertThat(first.next()).isEqualTo(new Position(5, 3));

        Page second = feed.after(ADMINISTRATOR, first.next(), 2);
        assertThat(second.events()).extracting(Event::id).containsExactly(1L);
        assertThat(second.next()).isEqualTo(new Position(7, 1));

        Page nothingNew = feed.after(ADMINISTRATOR, second.next(), 2);
        assertThat(nothingNew.events()).isEmpty();
        assertThat(nothingNew.next()).isEqualTo(second.next());
        assertThat(asked).containsOnly(ORG);
    }

    @Test
    void aPageHoldsOneToAThousandEvents() {
        for (int limit : new int[] {0, -1, 1001}) {
            assertThatThrownBy(() -> feed.after(ADMINISTRATOR, Position.START, limit))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("limit");
        }
        assertThat(feed.after(ADMINISTRATOR, Position.START, 1000).events()).isEmpty();
    }
}
