package fi.sote.booking.adapters.in.rest;

/** The If-Match header of a change: the version (ETag) the caller read of what it changes. */
public final class IfMatch {

    private IfMatch() {}

    /** The version an If-Match names; null when there is none or it is "*"; an unreadable one matches nothing. */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
