package fi.sote.booking.domain.shared;

/**
 * Guidance for the client (ohjeteksti) in Finnish, Swedish and English: how to prepare, where to
 * come or how the worker will call. Finnish is required.
 */
public record GuidanceText(String fi, String sv, String en) {

    public static final int MAX_LENGTH = 2000;

    public GuidanceText {
        fi = Invariants.text("fi", fi, MAX_LENGTH);
        sv = Invariants.optionalText("sv", sv, MAX_LENGTH);
        en = Invariants.optionalText("en", en, MAX_LENGTH);
    }

    /** The text in the client's language, falling back to Finnish. */
    public String in(String language) {
        return LocalizedText.in(language, fi, sv, en);
    }
}
