package fi.sote.booking.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
}
