package fi.sote.booking.domain.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A catalogue item kept over time: changed over the version it was read at, and retired rather than deleted, so that
 * what was made with it (bookings, entries, releases) keeps it.
 *
 * @param <T> the item's own type
 */
public interface Kept<T extends Kept<T>> {

    OrganisationId organisation();

    /** How change records and paths name the item: its id, or its code where it has no id. */
    String key();

    /** Counts the item's changes, from 0 when registered: its ETag. */
    long version();

    /** Whether it was retired: no longer used for anything new, and kept for what was made with it. */
    boolean retired();

    /** This item at another version, retired or not. */
    T as(long version, boolean retired);

    /**
     * The fields in which {@code next} (the same item, as its registration would describe it) differs from this one,
     * as the requests name them.
     *
     * @throws InvalidValueException on a field the item keeps for life (its code, its kind)
     */
    List<String> differences(T next);

    /**
     * What the item becomes when changed to {@code next}: {@code next} at the version after this one, and the fields
     * that differ; no fields when nothing differs.
     */
    default Change<T> changedTo(T next) {
        return new Change<>(next.as(version() + 1, retired()), differences(next));
    }

    /** The item retired, at the version after this one. */
    default T retire() {
        return as(version() + 1, true);
    }

    /** An item changed to {@code item}, and the fields that changed. */
    record Change<T>(T item, List<String> fields) {

        public Change {
            fields = List.copyOf(fields);
        }
    }

    /** Collects the names of the fields whose values differ. */
    final class Differences {

        private final List<String> fields = new ArrayList<>();

        /** Adds {@code field} when its values differ. */
        public Differences of(String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                fields.add(field);
            }
            return this;
        }

        /** Refuses a change of {@code field}, which the item keeps for life. */
        public Differences kept(String field, Object before, Object after, String instead) {
            if (!Objects.equals(before, after)) {
                throw new InvalidValueException(field, "cannot be changed; " + instead);
            }
            return this;
        }

        public List<String> fields() {
            return List.copyOf(fields);
        }
    }
}
