package fi.sote.booking.adapters.in.rest.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import fi.sote.booking.application.calendar.port.in.ReadCalendarFeedQuery.Block;
import fi.sote.booking.application.calendar.port.in.ReadCalendarFeedQuery.FeedContent;

/**
 * A feed's busy times as an iCalendar object (RFC 5545): one VEVENT per busy time, in UTC (so no VTIMEZONE is
 * needed), with the summary "Varattu" and the class CONFIDENTIAL, and no description, location, attendee or anything
 * else of what the time is for or whom it is with. A time that does not block booking is TRANSPARENT, so calendar
 * programs do not show it busy. Calendar programs are asked to read it again every hour.
 */
final class ICalendarFeed {

    /** What every busy time is called: "busy", and nothing more. */
    static final String SUMMARY = "Varattu";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private ICalendarFeed() {}

    static String write(FeedContent content, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//fi-sote-booking//Calendar feed//FI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(content.feed().label()));
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        String stamp = UTC.format(now.truncatedTo(ChronoUnit.SECONDS));
        for (Block block : content.blocks()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + block.uid() + "@" + content.feed().resource() + ".fi-sote-booking");
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART:" + UTC.format(block.interval().start()));
            line(out, "DTEND:" + UTC.format(block.interval().end()));
            line(out, "SEQUENCE:" + block.sequence());
            line(out, "SUMMARY:" + SUMMARY);
            line(out, "CLASS:CONFIDENTIAL");
            line(out, "TRANSP:" + (block.blocksBooking() ? "OPAQUE" : "TRANSPARENT"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** An entity tag of what the feed shows (not of when it was written): the label and each busy time. */
    static String version(FeedContent content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(content.feed().label().getBytes(StandardCharsets.UTF_8));
            for (Block block : content.blocks()) {
                digest.update(("\n" + block).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A TEXT value, escaped (RFC 5545 3.3.11); control characters, which TEXT may not hold, become spaces. */
    private static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n")
                .replaceAll("\\p{Cntrl}", " ");
    }

    /** A content line, folded after 75 octets without splitting a character (RFC 5545 3.1), ended by CRLF. */
    private static void line(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
