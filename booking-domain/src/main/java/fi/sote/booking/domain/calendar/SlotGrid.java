package fi.sote.booking.domain.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays the bookable slots of a product into a window of released time. Slots are laid in wall-clock
 * time, so a one-hour product gives 9:00-10:00 on both sides of a daylight-saving change. Each slot
 * keeps the product's buffers free before and after it inside the window. A slot whose start or
 * end does not exist in local time (the hour skipped in spring) is not offered.
 */
public final class SlotGrid {

    private SlotGrid() {
    }

    public static List<TimeInterval> lay(LocalWindow window, Duration length, Duration bufferBefore,
            Duration bufferAfter, ZoneId zone) {
        List<TimeInterval> slots = new ArrayList<>();
        Duration step = bufferBefore.plus(length).plus(bufferAfter);
        for (LocalDateTime start = window.start().plus(bufferBefore);
                !start.plus(length).plus(bufferAfter).isAfter(window.end());
                start = start.plus(step)) {
            LocalDateTime end = start.plus(length);
            if (exists(start, zone) && exists(end, zone)) {
                slots.add(new TimeInterval(start.atZone(zone).toInstant(), end.atZone(zone).toInstant()));
            }
        }
        return slots;
    }

    private static boolean exists(LocalDateTime time, ZoneId zone) {
        return !zone.getRules().getValidOffsets(time).isEmpty();
    }
}
