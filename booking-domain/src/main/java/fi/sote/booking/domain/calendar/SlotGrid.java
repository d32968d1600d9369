package fi.sote.booking.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays the bookable slots of a product into a window of released time. Slots are laid in wall-clock
 * time, so a one-hour product gives 9:00-10:00 on both sides of a daylight-saving change. Each slot
 * keeps the product's buffers free before and after it inside the window. A slot whose start or
 * end does not exist in local time (the hour skipped in spring) is not offered.
 */
public final class SlotGrid {

    private SlotGrid() {}

    /** Whether a window of this length holds a slot of the length with its buffers. */
    public static boolean holds(Duration window, Duration length, Duration bufferBefore, Duration bufferAfter) {
        return bufferBefore.plus(length).plus(bufferAfter).compareTo(window) <= 0;
    }

    public static List<TimeInterval> lay(
            LocalWindow window, Duration length, Duration bufferBefore, Duration bufferAfter, ZoneId zone) {
        List<TimeInterval> slots = new ArrayList<>();
        Duration step = bufferBefore.plus(length).plus(bufferAfter);
        ZoneOffset fixed = fixedOffset(window, zone);
        for (LocalDateTime start = window.start().plus(bufferBefore);
                !start.plus(length).plus(bufferAfter).isAfter(window.end());
                start = start.plus(step)) {
            LocalDateTime end = start.plus(length);
            if (fixed != null) {
                slots.add(new TimeInterval(start.toInstant(fixed), end.toInstant(fixed)));
            } else if (exists(start, zone) && exists(end, zone)) {
                slots.add(new TimeInterval(
                        start.atZone(zone).toInstant(), end.atZone(zone).toInstant()));
            }
        }
        return slots;
    }

    /** The offset of the whole window when no daylight-saving change falls in it (nearly always), else null. */
    private static ZoneOffset fixedOffset(LocalWindow window, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(window.start());
        if (offsets.size() != 1) {
            return null;
        }
        Instant start = window.start().toInstant(offsets.get(0));
        ZoneOffsetTransition next = rules.nextTransition(start);
        // the window's end, read with the start's offset, must come before the next change
        return next == null || next.getInstant().isAfter(window.end().toInstant(offsets.get(0)))
                ? offsets.get(0)
                : null;
    }

    private static boolean exists(LocalDateTime time, ZoneId zone) {
        return !zone.getRules().getValidOffsets(time).isEmpty();
    }
}
