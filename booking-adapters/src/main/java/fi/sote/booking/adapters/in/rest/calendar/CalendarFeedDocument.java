package fi.sote.booking.adapters.in.rest.calendar;

import java.time.Clock;
import java.util.Arrays;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fi.sote.booking.application.calendar.port.in.ReadCalendarFeedQuery;
import fi.sote.booking.application.calendar.port.in.ReadCalendarFeedQuery.FeedContent;

/**
 * A calendar feed's address, which calendar programs read without a token: the feed's secret is in the path. An
 * unknown or revoked feed is 404, alike. The answer carries an entity tag of its busy times, so a program that asks
 * again with {@code If-None-Match} gets 304 until they change. Left out of the OpenAPI contract: calendar programs,
 * not applications, read it (README, "Calendar feeds").
 */
@Path(CalendarFeedDocument.PATH + "/{token}" + CalendarFeedDocument.SUFFIX)
@PermitAll
public class CalendarFeedDocument {

    static final String PATH = "calendar-feeds";
    static final String SUFFIX = ".ics";
    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final ReadCalendarFeedQuery feeds;
    private final Clock clock;

    CalendarFeedDocument(ReadCalendarFeedQuery feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(hidden = true)
    public Response read(@PathParam("token") String token, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String seen) {
        FeedContent content = feeds.read(token).orElseThrow(() -> new NotFoundException("No such calendar feed"));
        EntityTag tag = new EntityTag(ICalendarFeed.version(content));
        if (seen != null && unchanged(seen, tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(ICalendarFeed.write(content, clock.instant()), MEDIA_TYPE)
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    /** Whether If-None-Match names the tag (weakly compared, as RFC 9110 has it for GET) or is *. */
    private static boolean unchanged(String seen, EntityTag tag) {
        return Arrays.stream(seen.split(","))
                .map(String::strip)
                .anyMatch(each -> each.equals("*") || each.equals(tag.toString()) || each.equals("W/" + tag));
    }
}
