package fi.sote.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

/** A group time shows the places left; anything else the resource is busy with takes the slot. */
class BusyTimeTests {

    private static final Instant NINE = Instant.parse("2027-01-11T07:00:00Z");
    private static final BookableProduct GROUP = new BookableProduct(
            BookableProductId.random(),
            new OrganisationId("kymenlaakso-demo"),
            "G",
            SocialServiceId.random(),
            LocalizedText.finnish("Ryhmä"),
            Duration.ofMinutes(90),
            Set.of("OFFICE"),
            6,
            Set.of(Channel.PROFESSIONAL),
            new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(24)),
            Duration.ZERO,
            Duration.ofMinutes(15),
            new GuidanceText("Tervetuloa", null, null));
    private static final TimeInterval TIME = new TimeInterval(NINE, NINE.plus(Duration.ofMinutes(90)));
    private static final Slot SLOT =
            new Slot(ResourceId.random(), GROUP.id(), TIME, Set.of("OFFICE"), Set.of(Channel.PROFESSIONAL), null, 6, 6);

    @Test
    void aGroupTimeShowsThePlacesLeftUntilItIsFull() {
        TimeInterval occupied = TIME.widen(Duration.ZERO, Duration.ofMinutes(15));
        assertThat(BusyTime.NONE.remaining(SLOT, GROUP)).isEqualTo(6);
        assertThat(new BusyTime(List.of(), List.of(new BusyTime.GroupPlaces(GROUP.id(), NINE, occupied, 2)))
                        .remaining(SLOT, GROUP))
                .isEqualTo(4);
        assertThat(new BusyTime(List.of(), List.of(new BusyTime.GroupPlaces(GROUP.id(), NINE, occupied, 6)))
                        .remaining(SLOT, GROUP))
                .isZero();
    }

    @Test
    void anotherGroupTimeOrABookingOverlappingTheSlotTakesIt() {
        TimeInterval earlier = new TimeInterval(NINE.minus(Duration.ofMinutes(30)), NINE.plus(Duration.ofMinutes(30)));
        assertThat(new BusyTime(
                                List.of(),
                                List.of(new BusyTime.GroupPlaces(
                                        BookableProductId.random(), earlier.start(), earlier, 1)))
                        .remaining(SLOT, GROUP))
                .isZero();
        assertThat(new BusyTime(List.of(earlier), List.of()).remaining(SLOT, GROUP))
                .isZero();
        // the buffer after the slot counts: a booking starting right at its end still takes it
        TimeInterval rightAfter = new TimeInterval(TIME.end(), TIME.end().plus(Duration.ofMinutes(30)));
        assertThat(new BusyTime(List.of(rightAfter), List.of()).remaining(SLOT, GROUP))
                .isZero();
        TimeInterval later = new TimeInterval(
                TIME.end().plus(Duration.ofMinutes(15)), TIME.end().plus(Duration.ofMinutes(45)));
        assertThat(new BusyTime(List.of(later), List.of()).remaining(SLOT, GROUP))
                .isEqualTo(6);
    }
}
