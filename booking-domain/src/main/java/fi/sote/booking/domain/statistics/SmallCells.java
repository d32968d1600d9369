package fi.sote.booking.domain.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression for statistics that leave the organisation: a count concerning fewer than
 * {@value #THRESHOLD} clients is not shown, since it could point at a person. When only one cell of a
 * table would be hidden, the next smallest is hidden too, so the hidden count cannot be worked out
 * by subtracting the others from a total.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    public static final String RULE = "Counts concerning fewer than " + THRESHOLD + " distinct clients are suppressed "
            + "(null, suppressed: true); when only one count of a table would be, the next smallest is suppressed too. "
            + "Shares computed from a suppressed count are suppressed.";

    /** A cell as it may be shown: suppressed or not. */
    public record Shown(Cell cell, boolean suppressed) {}

    private SmallCells() {}

    /** The table's cells with the rule applied ({@code apply}) or all shown. */
    public static List<Shown> of(List<Cell> table, boolean apply) {
        List<Shown> shown = new ArrayList<>();
        for (Cell cell : table) {
            shown.add(new Shown(cell, apply && isSmall(cell)));
        }
        long hidden = shown.stream().filter(Shown::suppressed).count();
        if (hidden == 1 && shown.size() > 1) {
            Shown next = shown.stream()
                    .filter(s -> !s.suppressed())
                    .min(Comparator.comparingLong((Shown s) -> s.cell().bookings()))
                    .orElseThrow();
            shown.set(shown.indexOf(next), new Shown(next.cell(), true));
        }
        return shown;
    }

    public static boolean isSmall(Cell cell) {
        return cell.clients() < THRESHOLD;
    }
}
