package fi.sote.booking.domain.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Protection of statistics that leave the organisation, so that no figure points at a person:
 *
 * <ul>
 *   <li><b>Suppression.</b> A count concerning fewer than {@value #THRESHOLD} clients is not shown. When only one
 *       cell of a table would be hidden, the next smallest is hidden too, so the hidden count cannot be worked out
 *       by subtracting the others from the table's total.
 *   <li><b>Perturbation by cell keys</b> (the cell key method of statistical offices). Every shown count has a small
 *       noise added, -2 to +2, chosen by the cell's key ({@link Cell}): the same bookings always get the same noise,
 *       so asking again, or by another route, gives the same figure and averaging learns nothing; two figures whose
 *       bookings differ get independent noise, so subtracting them (a grouping from a coarser one, one filter or
 *       period from another) gives the hidden difference only give or take up to four, with no way to tell which.
 * </ul>
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    public static final String RULE = "Counts concerning fewer than " + THRESHOLD + " distinct clients are suppressed "
            + "(null, suppressed: true); when only one count of a table would be, the next smallest is suppressed too. "
            + "Every count shown has a noise of -2 to +2 added, the same for the same bookings every time, so "
            + "figures need not add up exactly and subtracting one from another does not reveal a suppressed count. "
            + "Shares are computed from the counts shown, and suppressed with them.";

    /** Noise by the cell key's place in [0, 1): the upper bounds of -2, -1, 0, +1 (and +2 above the last). */
    private static final double[] NOISE_BOUNDS = {0.15, 0.40, 0.60, 0.85};

    private static final double KEY_RANGE = 4294967296.0;

    /** A cell as it may be shown: suppressed or not. */
    public record Shown(Cell cell, boolean suppressed) {}

    private SmallCells() {}

    /** The table's cells with the protection applied ({@code apply}) or all shown as counted. */
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
        return apply ? shown.stream().map(SmallCells::perturbed).toList() : shown;
    }

    /** One count on its own (a total), protected ({@code apply}) or as counted. */
    public static Shown one(Cell cell, boolean apply) {
        return apply ? perturbed(new Shown(cell, isSmall(cell))) : new Shown(cell, false);
    }

    public static boolean isSmall(Cell cell) {
        return cell.clients() < THRESHOLD;
    }

    /** {@code count} with the noise its cell key chooses; nothing counted stays nothing. */
    static long perturb(long count, long cellKey) {
        if (count == 0) {
            return 0;
        }
        double place = (cellKey & 0xFFFFFFFFL) / KEY_RANGE;
        int noise = 2;
        for (int i = 0; i < NOISE_BOUNDS.length; i++) {
            if (place < NOISE_BOUNDS[i]) {
                noise = i - 2;
                break;
            }
        }
        return Math.max(0, count + noise);
    }

    private static Shown perturbed(Shown shown) {
        if (shown.suppressed()) {
            return shown;
        }
        Cell cell = shown.cell();
        long bookings = perturb(cell.bookings(), cell.bookingsKey());
        long clients = Math.min(bookings, perturb(cell.clients(), cell.clientsKey()));
        return new Shown(new Cell(cell.keys(), bookings, clients, cell.bookingsKey(), cell.clientsKey()), false);
    }
}
