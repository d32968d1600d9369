package fi.sote.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The fast check of a slot against busy time agrees with checking every busy interval. */
class FreeSlotsProperties {

    private static final Instant DAY = Instant.parse("2026-11-23T06:00:00Z");

    @Property(tries = 500)
    void aSlotIsFreeExactlyWhenNoBusyTimeOverlapsItWithItsBuffers(
            @ForAll @Size(max = 12) List<@From("intervals") TimeInterval> busy,
            @ForAll("intervals") TimeInterval slotTime,
            @ForAll @IntRange(max = 60) int bufferBefore,
            @ForAll @IntRange(max = 60) int bufferAfter) {
        BookableProduct product = product(Duration.ofMinutes(bufferBefore), Duration.ofMinutes(bufferAfter));
        Slot slot = new Slot(
                ResourceId.random(),
                product.id(),
                slotTime,
                Set.of("OFFICE"),
                Set.of(Channel.PROFESSIONAL),
                null,
                1,
                1);

        boolean expected = busy.stream()
                .noneMatch(
                        interval -> interval.overlaps(slotTime.widen(product.bufferBefore(), product.bufferAfter())));

        assertThat(FreeSlots.isFree(slot, product, FreeSlots.union(busy))).isEqualTo(expected);
    }

    @Property(tries = 300)
    void theUnionIsDisjointOrderedAndCoversTheSameTime(
            @ForAll @Size(max = 12) List<@From("intervals") TimeInterval> busy,
            @ForAll @IntRange(max = 24 * 60) int probeMinute) {
        List<TimeInterval> union = FreeSlots.union(busy);
        for (int i = 1; i < union.size(); i++) {
            assertThat(union.get(i).start()).isAfter(union.get(i - 1).end());
        }
        Instant probe = DAY.plus(Duration.ofMinutes(probeMinute));
        TimeInterval instant = new TimeInterval(probe, probe.plusSeconds(1));
        assertThat(union.stream().anyMatch(instant::overlaps))
                .isEqualTo(busy.stream().anyMatch(instant::overlaps));
    }

    @Provide
    Arbitrary<TimeInterval> intervals() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 24 * 60),
                        Arbitraries.integers().between(1, 240))
                .as((start, length) -> new TimeInterval(
                        DAY.plus(Duration.ofMinutes(start)), DAY.plus(Duration.ofMinutes(start + length))));
    }

    private static BookableProduct product(Duration before, Duration after) {
        return new BookableProduct(
                BookableProductId.random(),
                new OrganisationId("kymenlaakso-demo"),
                "P",
                SocialServiceId.random(),
                LocalizedText.finnish("Tapaaminen"),
                Duration.ofMinutes(60),
                Set.of("OFFICE"),
                1,
                Set.of(Channel.PROFESSIONAL),
                new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(24)),
                before,
                after,
                new GuidanceText("Tervetuloa", null, null));
    }
}
