package fi.sote.booking.application.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.Kept;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Changes and retires the items of one kind of the catalogue, the same way for every kind: the item is read as stored
 * now, replaced only over the version it was read at (so of two changes made from one reading, the second is refused
 * as stale), and each change is stored with its record. Sending what is there changes nothing; retiring a retired
 * item without a version answers it as it is.
 *
 * @param <T> the kind of item
 */
final class Upkeep<T extends Kept<T>> {

    /** Reads an item as stored now, by its key in the caller's organisation. */
    interface Stored<T> {
        Optional<T> read(OrganisationId organisation, String key);
    }

    /** Replaces {@code previous} with {@code next}, keeping the record; false when another change came first. */
    interface Replace<T> {
        boolean replace(T previous, T next, CatalogueChange change);
    }

    private final String entity;
    private final String noun;
    private final RejectionReason retiredReason;
    private final Stored<T> stored;
    private final Replace<T> replace;
    private final Clock clock;

    /**
     * @param entity the kind as its path names it, in the change records ("social-services")
     * @param noun the kind as a refusal names it ("social service")
     * @param retiredReason the refusal of a change of a retired item
     */
    Upkeep(
            String entity,
            String noun,
            RejectionReason retiredReason,
            Stored<T> stored,
            Replace<T> replace,
            Clock clock) {
        this.entity = entity;
        this.noun = noun;
        this.retiredReason = retiredReason;
        this.stored = stored;
        this.replace = replace;
        this.clock = clock;
    }

    /**
     * The item changed to what {@code wanted} makes of the stored one, when {@code references} finds nothing amiss in
     * what it names (given the item as changed and as it was).
     */
    Outcome<T> change(
            Actor actor,
            String key,
            Long expectedVersion,
            UnaryOperator<T> wanted,
            BiFunction<T, T, Optional<Outcome<T>>> references) {
        Optional<T> found = stored.read(actor.organisation(), key);
        Optional<Outcome<T>> refusal = refusal(found, key, expectedVersion);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        T current = found.orElseThrow();
        T next = wanted.apply(current);
        if (!next.organisation().equals(actor.organisation())) {
            throw new IllegalArgumentException("The catalogue is changed in the caller's organisation only");
        }
        Kept.Change<T> change = current.changedTo(next);
        if (change.fields().isEmpty()) {
            return Outcome.accepted(current);
        }
        Optional<Outcome<T>> amiss = references.apply(change.item(), current);
        if (amiss.isPresent()) {
            return amiss.get();
        }
        return stored(actor, current, change.item(), CatalogueChange.Kind.CHANGED, change.fields());
    }

    /** The item retired, unless {@code inUse} tells what still depends on it. */
    Outcome<T> retire(Actor actor, String key, Long expectedVersion, Function<T, Optional<String>> inUse) {
        Optional<T> found = stored.read(actor.organisation(), key);
        if (found.filter(Kept::retired).isPresent() && expectedVersion == null) {
            return Outcome.accepted(found.get());
        }
        Optional<Outcome<T>> refusal = refusal(found, key, expectedVersion);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        T current = found.orElseThrow();
        Optional<String> dependants = inUse.apply(current);
        if (dependants.isPresent()) {
            return Outcome.rejected(
                    RejectionReason.IN_USE, null, "The " + noun + " cannot be retired: " + dependants.get());
        }
        return stored(actor, current, current.retire(), CatalogueChange.Kind.RETIRED, List.of());
    }

    /** Why the item cannot be changed: not found, retired, or changed since the caller read it. */
    private Optional<Outcome<T>> refusal(Optional<T> found, String key, Long expectedVersion) {
        if (found.isEmpty()) {
            return Optional.of(Outcome.notFound("No " + noun + " " + key));
        }
        if (found.get().retired()) {
            return Optional.of(Outcome.rejected(retiredReason, null, "The " + noun + " " + key + " is retired"));
        }
        if (expectedVersion != null && expectedVersion != found.get().version()) {
            return Optional.of(stale());
        }
        return Optional.empty();
    }

    private Outcome<T> stored(Actor actor, T current, T next, CatalogueChange.Kind kind, List<String> fields) {
        CatalogueChange record = new CatalogueChange(
                entity, current.key(), next.version(), kind, actor.subject(), clock.instant(), fields);
        return replace.replace(current, next, record) ? Outcome.accepted(next) : stale();
    }

    private Outcome<T> stale() {
        return Outcome.rejected(
                RejectionReason.STALE_VERSION, null, "The " + noun + " has changed since it was read; read it again");
    }
}
