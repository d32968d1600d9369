package fi.sote.booking.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class SmallCellsTests {

    private static Cell cell(String channel, long bookings, long clients) {
        return new Cell(Map.of(Dimension.CHANNEL, channel), bookings, clients);
    }

    @Test
    void countsOfFewerThanFiveClientsAreSuppressedOnlyWhenTheRuleApplies() {
        List<Cell> table = List.of(cell("A", 40, 30), cell("B", 9, 4), cell("C", 12, 5), cell("D", 3, 2));

        assertThat(SmallCells.of(table, false))
                .extracting(SmallCells.Shown::suppressed)
                .containsOnly(false);
        assertThat(SmallCells.of(table, true))
                .extracting(SmallCells.Shown::suppressed)
                .containsExactly(false, true, false, true);
    }

    @Test
    void aLoneSuppressedCellTakesTheNextSmallestWithIt() {
        List<Cell> table = List.of(cell("A", 40, 30), cell("B", 9, 4), cell("C", 12, 8));

        assertThat(SmallCells.of(table, true))
                .extracting(SmallCells.Shown::suppressed)
                .containsExactly(false, true, true);
        assertThat(SmallCells.of(List.of(cell("A", 3, 3)), true))
                .extracting(SmallCells.Shown::suppressed)
                .containsExactly(true);
    }

    @Test
    void theNoiseIsTwoAtMostCentredOnNothingAndTheSameForTheSameKey() {
        SplittableRandom random = new SplittableRandom(7);
        Map<Long, Integer> seen = new TreeMap<>();
        long sum = 0;
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextLong() & 0xFFFFFFFFL;
            long shown = SmallCells.perturb(10, key);
            assertThat(SmallCells.perturb(10, key)).isEqualTo(shown);
            seen.merge(shown, 1, Integer::sum);
            sum += shown;
        }
        assertThat(seen).containsOnlyKeys(8L, 9L, 10L, 11L, 12L);
        assertThat(sum / 20_000.0).isCloseTo(10.0, within(0.05));
        assertThat(SmallCells.perturb(0, 12345))
                .as("nothing counted stays nothing")
                .isZero();
        assertThat(SmallCells.perturb(1, 0)).as("never below zero").isZero();
    }

    /**
     * The attack of the audit: Family counselling by social service showed 7; by social service and who booked,
     * its staff bookings showed 6 and the clients' cell was suppressed, so it was 7 - 6 = 1. The same subtraction
     * works across periods (two months less one), filters and totals (a total less the cells shown). Here it is
     * tried on 4,000 generated tables, each with a hidden cell of one booking.
     */
    @Test
    void subtractingFiguresShownDoesNotRevealTheSuppressedCount() {
        SplittableRandom random = new SplittableRandom(2026);
        Map<Long, Integer> inferred = new TreeMap<>();
        int exact = 0;
        int trials = 4_000;
        for (int trial = 0; trial < trials; trial++) {
            int staff = 5 + random.nextInt(30);
            long[] staffKeys = keys(random, staff);
            long[] clientKeys = keys(random, 1);
            Cell staffCell = counted("STAFF", staffKeys);
            Cell clientCell = counted("CLIENT", clientKeys);
            long[] all = concat(staffKeys, clientKeys);
            Cell coarse = counted("FAM", all);

            // another small cell of the table (another service's), so the staff cell stays shown
            Cell elsewhere = counted("ELSEWHERE", keys(random, 2));
            List<SmallCells.Shown> fine = SmallCells.of(List.of(staffCell, clientCell, elsewhere), true);
            assertThat(fine.get(0).suppressed()).isFalse();
            assertThat(fine.get(1).suppressed()).isTrue();
            long guess = SmallCells.one(coarse, true).cell().bookings()
                    - fine.get(0).cell().bookings();
            inferred.merge(guess, 1, Integer::sum);
            if (guess == 1) {
                exact++;
            }
        }
        // without the noise every guess is exactly 1; with it the guess is right about one time in five, and
        // nothing in the figures tells the attacker which time
        assertThat(exact).isLessThan(trials * 3 / 10);
        assertThat(inferred.keySet()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(inferred.get(1L)).isLessThan(2 * inferred.getOrDefault(0L, 0));
    }

    @Test
    void theFigureOfTheSameBookingsIsTheSameByEveryRoute() {
        SplittableRandom random = new SplittableRandom(11);
        long[] bookings = keys(random, 12);
        // the same twelve bookings, gathered as a table's cell and as a total
        Cell asCell = counted("FAM", bookings);
        Cell asTotal =
                new Cell(Map.of(), asCell.bookings(), asCell.clients(), asCell.bookingsKey(), asCell.clientsKey());
        assertThat(SmallCells.of(List.of(asCell, counted("X", keys(random, 9))), true)
                        .get(0)
                        .cell()
                        .bookings())
                .isEqualTo(SmallCells.one(asTotal, true).cell().bookings());
        assertThat(SmallCells.of(List.of(asCell), false).get(0).cell().bookings())
                .as("internal figures are exact")
                .isEqualTo(12);
    }

    private static long[] keys(SplittableRandom random, int count) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = random.nextLong() & 0xFFFFFFFFL;
        }
        return keys;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A cell of one booking per client, each with its key, its cell keys summed as the database sums them. */
    private static Cell counted(String madeBy, long[] bookingKeys) {
        long sum = Arrays.stream(bookingKeys).sum() % 4294967296L;
        return new Cell(Map.of(Dimension.MADE_BY, madeBy), bookingKeys.length, bookingKeys.length, sum, sum);
    }
}
