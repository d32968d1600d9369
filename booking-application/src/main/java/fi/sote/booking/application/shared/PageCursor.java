package fi.sote.booking.application.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * Where a page of a list ended: the sort key of its last item, a time and an id to break ties. Opaque to callers, who
 * pass it back as they got it.
 */
public record PageCursor(Instant at, UUID id) implements Comparable<PageCursor> {

    public PageCursor {
        if (at == null || id == null) {
            throw new IllegalArgumentException("a cursor has a time and an id");
        }
    }

    @Override
    public int compareTo(PageCursor other) {
        int byTime = at.compareTo(other.at);
        return byTime != 0 ? byTime : id.compareTo(other.id);
    }

    public String encode() {
        String text = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a page answered with; null when there is none; a 400 naming the field when it is not one. */
    public static PageCursor parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII).split(":", 3);
            return new PageCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidValueException(field, "is not a cursor this list returned");
        }
    }
}
