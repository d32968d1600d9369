package fi.sote.booking.domain.shared;

/**
 * A text in the languages the services are offered in. Finnish is required; Swedish (the other
 * national language) and English are optional.
 */
public record LocalizedText(String fi, String sv, String en) {

    public LocalizedText {
        fi = Invariants.text("fi", fi, 200);
        sv = Invariants.optionalText("sv", sv, 200);
        en = Invariants.optionalText("en", en, 200);
    }

    public static LocalizedText finnish(String fi) {
        return new LocalizedText(fi, null, null);
    }

    /** The text in the given language, falling back to Finnish. */
    public String in(String language) {
        return in(language, fi, sv, en);
    }

    /** Of a text's Finnish, Swedish and English versions, the one in {@code language}, or the Finnish one. */
    static String in(String language, String fi, String sv, String en) {
        if ("sv".equals(language) && sv != null) {
            return sv;
        }
        if ("en".equals(language) && en != null) {
            return en;
        }
        return fi;
    }
}
