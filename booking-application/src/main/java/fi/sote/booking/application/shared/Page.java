package fi.sote.booking.application.shared;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import fi.sote.booking.domain.shared.InvalidValueException;

/** A page of a list, and the cursor to ask for the next with (null on the last page). */
public record Page<T>(List<T> items, PageCursor next) {

    public static final int LONGEST = 500;

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The items after the cursor (all from the first one when it is null), sorted by their keys, at most {@code
     * limit} of them; a limit outside 1 to {@link #LONGEST} is refused, naming the field.
     */
    public static <T> Page<T> of(List<T> all, Function<T, PageCursor> key, PageCursor after, int limit) {
        if (limit < 1 || limit > LONGEST) {
            throw new InvalidValueException("limit", "must be 1-" + LONGEST);
        }
        List<T> rest = all.stream()
                .filter(item -> after == null || key.apply(item).compareTo(after) > 0)
                .sorted(Comparator.comparing(key))
                .toList();
        if (rest.size() <= limit) {
            return new Page<>(rest, null);
        }
        List<T> page = rest.subList(0, limit);
        return new Page<>(page, key.apply(page.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), next);
    }
}
