package fi.sote.booking.application.catalogue;

import java.util.Optional;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.Kept;

/** Whether what a catalogue item names (its social service, its service points, ...) may be named by it. */
public final class References {

    private References() {}

    /**
     * The refusal of naming {@code found} (looked up by {@code id}): unknown when it is not in the organisation,
     * retired when it is retired, unless the item changed already named it (a change may keep what it had).
     */
    public static <T, R extends Kept<R>> Optional<Outcome<T>> named(
            String field, String noun, Object id, Optional<R> found, boolean alreadyNamed) {
        if (found.isEmpty()) {
            return Optional.of(Outcome.unknown(field, noun, id));
        }
        if (found.get().retired() && !alreadyNamed) {
            return Optional.of(Outcome.retired(field, noun, id));
        }
        return Optional.empty();
    }
}
