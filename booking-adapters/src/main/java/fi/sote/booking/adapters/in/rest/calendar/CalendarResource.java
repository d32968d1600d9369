package fi.sote.booking.adapters.in.rest.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.sote.booking.adapters.in.rest.IfMatch;
import fi.sote.booking.adapters.in.rest.InputFields;
import fi.sote.booking.adapters.in.rest.LocalizedTextDto;
import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.in.rest.QueryParameters;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.BookingHitView;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.CalendarEntryChange;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.CalendarEntryList;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.CalendarEntryRequest;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.CalendarEntryView;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.OneOffReleaseRequest;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.ReleaseList;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.ReleaseTermsDto;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.ReleaseView;
import fi.sote.booking.adapters.in.rest.calendar.CalendarDtos.WeeklyReleaseRequest;
import fi.sote.booking.adapters.in.rest.idempotency.IdempotencyKeys;
import fi.sote.booking.adapters.in.rest.problem.ProblemCodes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.ChangeCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.ChangeCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.KeptEntry;
import fi.sote.booking.application.calendar.port.in.ReleaseOnceCommand;
import fi.sote.booking.application.calendar.port.in.ReleaseTimeUseCase;
import fi.sote.booking.application.calendar.port.in.ReleaseWeeklyCommand;
import fi.sote.booking.application.calendar.port.in.RemoveCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.ViewCalendarQuery;
import fi.sote.booking.application.calendar.port.in.WithdrawReleaseUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.OneOffRelease;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.ReleaseId;
import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.calendar.WeeklyRelease;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * A professional's calendar (kalenteri): entries of the uniform types and released time. The
 * professional keeps their own, a supervisor their team's, an administrator any.
 */
@Path("/api/v1")
@Tag(name = "Calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class CalendarResource {

    private final AddCalendarEntryUseCase addEntry;
    private final ChangeCalendarEntryUseCase changeEntry;
    private final RemoveCalendarEntryUseCase removeEntry;
    private final ReleaseTimeUseCase releaseTime;
    private final WithdrawReleaseUseCase withdrawRelease;
    private final ViewCalendarQuery calendar;
    private final ViewCatalogueQuery catalogue;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    CalendarResource(
            AddCalendarEntryUseCase addEntry,
            ChangeCalendarEntryUseCase changeEntry,
            RemoveCalendarEntryUseCase removeEntry,
            ReleaseTimeUseCase releaseTime,
            WithdrawReleaseUseCase withdrawRelease,
            ViewCalendarQuery calendar,
            ViewCatalogueQuery catalogue,
            Caller caller,
            IdempotencyKeys idempotency) {
        this.addEntry = addEntry;
        this.changeEntry = changeEntry;
        this.removeEntry = removeEntry;
        this.releaseTime = releaseTime;
        this.withdrawRelease = withdrawRelease;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Path("calendars/{resourceId}/entries")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Operation(
            operationId = "listCalendarEntries",
            summary = "Read a calendar (kalenteri)",
            description = "The entries of a resource's calendar that overlap the period (at most 92 days).")
    @APIResponse(
            responseCode = "200",
            description = "The entries by start; an empty list when there are none.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryList.class)))
    public CalendarEntryList entries(
            @Parameter(description = "The resource.", schema = @Schema(implementation = UUID.class))
                    @PathParam("resourceId")
                    String resourceId,
            @Parameter(
                            description = "Start of the period, ISO-8601 with offset.",
                            required = true,
                            schema = @Schema(implementation = OffsetDateTime.class))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "End of the period, ISO-8601 with offset.",
                            required = true,
                            schema = @Schema(implementation = OffsetDateTime.class))
                    @QueryParam("to")
                    String to) {
        ResourceId resource = existing(resourceId);
        Instant start = Invariants.required("from", QueryParameters.instant("from", from));
        Instant end = Invariants.required("to", QueryParameters.instant("to", to));
        TimeInterval period = new TimeInterval(start, end);
        if (period.duration().compareTo(ViewCalendarQuery.LONGEST_VIEW) > 0) {
            throw new InvalidValueException("to", "must be at most 92 days after from");
        }
        return new CalendarEntryList(calendar.entries(caller.actor(), resource, period).stream()
                .map(this::view)
                .toList());
    }

    @POST
    @Path("calendars/{resourceId}/entries")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(
            name = ProblemCodes.EXTENSION,
            value = "unknown-reference not-your-calendar overlapping-entry entry-over-bookings retired")
    @Operation(
            operationId = "addCalendarEntry",
            summary = "Add a calendar entry",
            description = "Adds an entry of a uniform type. Entries whose type blocks booking never overlap in one "
                    + "calendar. One that blocks booking over times clients have booked is refused "
                    + "(entry-over-bookings, each booking named in errors) unless confirmOverBookings is true; the "
                    + "answer then lists the bookings in bookingsHit, to reorganise.")
    @APIResponse(
            responseCode = "201",
            description = "Added.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Overlaps another blocking entry (overlapping-entry), or booked times not confirmed "
                    + "(entry-over-bookings).")
    public Response addEntry(
            @Parameter(description = "The resource.", schema = @Schema(implementation = UUID.class))
                    @PathParam("resourceId")
                    String resourceId,
            @Valid @NotNull CalendarEntryRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST calendars/" + resourceId + "/entries", body, () -> {
            KeptEntry kept = Outcomes.value(addEntry.add(
                    caller.actor(),
                    new AddCalendarEntryCommand(
                            resource(resourceId),
                            body.entryType(),
                            new TimeInterval(
                                    body.start().toInstant(), body.end().toInstant()),
                            body.clientReference(),
                            Boolean.TRUE.equals(body.confirmOverBookings()))));
            return Response.created(UriBuilder.fromUri(uri.getBaseUri())
                            .path("api/v1/calendar-entries")
                            .path(kept.entry().id().toString())
                            .build())
                    .tag(etag(kept.entry()))
                    .entity(view(kept, "addCalendarEntry"))
                    .build();
        });
    }

    @GET
    @Path("calendar-entries/{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Operation(
            operationId = "getCalendarEntry",
            summary = "Get one calendar entry",
            description = "One entry by its identifier, with its version as the ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The entry.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryView.class)))
    public Response entry(
            @Parameter(description = "The entry.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id) {
        CalendarEntryId entryId = new CalendarEntryId(QueryParameters.uuid("id", id));
        CalendarEntry entry = calendar.entry(caller.actor(), entryId)
                .orElseThrow(() -> new NotFoundException("No calendar entry " + id));
        return Response.ok(view(entry, null)).tag(etag(entry)).build();
    }

    @PUT
    @Path("calendar-entries/{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(
            name = ProblemCodes.EXTENSION,
            value = "unknown-reference not-your-calendar overlapping-entry entry-over-bookings retired")
    @Operation(
            operationId = "changeCalendarEntry",
            summary = "Change a calendar entry",
            description = "Replaces the entry's type, time and client with those sent (move, resize, retype, another "
                    + "client or none). With If-Match, only the version read is changed (412 stale-version "
                    + "otherwise). As when adding, a blocking entry over booked times needs confirmOverBookings, and "
                    + "the answer lists them in bookingsHit.")
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarEntryView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Overlaps another blocking entry (overlapping-entry), or booked times not confirmed "
                    + "(entry-over-bookings).")
    public Response change(
            @Parameter(description = "The entry.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id,
            @Valid @NotNull CalendarEntryChange body,
            @HeaderParam("If-Match") String ifMatch) {
        KeptEntry kept = Outcomes.value(changeEntry.change(
                caller.actor(),
                new ChangeCalendarEntryCommand(
                        new CalendarEntryId(QueryParameters.uuid("id", id)),
                        IfMatch.version(ifMatch),
                        body.entryType(),
                        new TimeInterval(body.start().toInstant(), body.end().toInstant()),
                        body.clientReference(),
                        Boolean.TRUE.equals(body.confirmOverBookings()))));
        return Response.ok(view(kept, "changeCalendarEntry"))
                .tag(etag(kept.entry()))
                .build();
    }

    @DELETE
    @Path("calendar-entries/{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "not-your-calendar")
    @Operation(
            operationId = "removeCalendarEntry",
            summary = "Remove a calendar entry",
            description = "Removes the entry.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public Response remove(
            @Parameter(description = "The entry.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id) {
        Outcomes.value(removeEntry.remove(caller.actor(), new CalendarEntryId(QueryParameters.uuid("id", id))));
        return Response.noContent().build();
    }

    @GET
    @Path("calendars/{resourceId}/releases")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Operation(
            operationId = "listReleases",
            summary = "List released time",
            description = "The resource's released time, one-off and weekly.")
    @APIResponse(
            responseCode = "200",
            description = "The releases.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReleaseList.class)))
    public ReleaseList releases(
            @Parameter(description = "The resource.", schema = @Schema(implementation = UUID.class))
                    @PathParam("resourceId")
                    String resourceId) {
        ResourceId resource = existing(resourceId);
        return new ReleaseList(calendar.releases(caller.organisation(), resource).stream()
                .map(CalendarResource::view)
                .toList());
    }

    @POST
    @Path("calendars/{resourceId}/releases/one-off")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(
            name = ProblemCodes.EXTENSION,
            value = "unknown-reference not-your-calendar release-holds-no-slot product-retired retired")
    @Operation(
            operationId = "releaseTimeOnce",
            summary = "Release time once",
            description =
                    "Opens one period (at most 7 days) of the calendar for booking of the given products and channels.")
    @APIResponse(
            responseCode = "201",
            description = "Released.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReleaseView.class)))
    public Response releaseOnce(
            @Parameter(description = "The resource.", schema = @Schema(implementation = UUID.class))
                    @PathParam("resourceId")
                    String resourceId,
            @Valid @NotNull OneOffReleaseRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST calendars/" + resourceId + "/releases/one-off", body, () -> {
            ReleaseOnceCommand command = new ReleaseOnceCommand(
                    resource(resourceId),
                    new TimeInterval(body.start().toInstant(), body.end().toInstant()),
                    terms(body.terms()));
            return created(releaseTime.release(caller.actor(), command), uri);
        });
    }

    @POST
    @Path("calendars/{resourceId}/releases/weekly")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(
            name = ProblemCodes.EXTENSION,
            value = "unknown-reference not-your-calendar release-holds-no-slot product-retired retired")
    @Operation(
            operationId = "releaseTimeWeekly",
            summary = "Release time by a weekly template",
            description =
                    "Opens the calendar for booking on the given weekdays and local hours (Europe/Helsinki) between two "
                            + "dates. Slots of each product's length are laid on the fly; holidays are skipped unless included.")
    @APIResponse(
            responseCode = "201",
            description = "Released.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReleaseView.class)))
    public Response releaseWeekly(
            @Parameter(description = "The resource.", schema = @Schema(implementation = UUID.class))
                    @PathParam("resourceId")
                    String resourceId,
            @Valid @NotNull WeeklyReleaseRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.once(caller, key, "POST calendars/" + resourceId + "/releases/weekly", body, () -> {
            ReleaseWeeklyCommand command = new ReleaseWeeklyCommand(
                    resource(resourceId),
                    new HashSet<>(body.weekdays()),
                    body.startTime(),
                    body.endTime(),
                    body.validFrom(),
                    body.validUntil(),
                    body.skippedDates() == null ? null : new HashSet<>(body.skippedDates()),
                    Boolean.TRUE.equals(body.includeHolidays()),
                    terms(body.terms()));
            return created(releaseTime.release(caller.actor(), command), uri);
        });
    }

    @DELETE
    @Path("releases/{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.SUPERVISOR, Roles.ADMINISTRATOR})
    @Extension(name = ProblemCodes.EXTENSION, value = "not-your-calendar")
    @Operation(
            operationId = "withdrawRelease",
            summary = "Withdraw released time",
            description = "Its slots that are not booked disappear from search.")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    public Response withdraw(
            @Parameter(description = "The release.", schema = @Schema(implementation = UUID.class)) @PathParam("id")
                    String id) {
        Outcomes.value(withdrawRelease.withdraw(caller.actor(), new ReleaseId(QueryParameters.uuid("id", id))));
        return Response.noContent().build();
    }

    private Response created(Outcome<Release> outcome, UriInfo uri) {
        Release released = Outcomes.value(outcome);
        return Response.created(UriBuilder.fromUri(uri.getBaseUri())
                        .path("api/v1/releases")
                        .path(released.id().toString())
                        .build())
                .entity(view(released))
                .build();
    }

    /** The resource, which must be one of the caller's organisation: another organisation's is not found. */
    private ResourceId existing(String id) {
        ResourceId resource = resource(id);
        if (catalogue.resource(caller.organisation(), resource).isEmpty()) {
            throw new NotFoundException("No resource " + id);
        }
        return resource;
    }

    /** The calendar named by the path's {@code resourceId}. */
    static ResourceId resource(String id) {
        return new ResourceId(QueryParameters.uuid("resourceId", id));
    }

    private static ReleaseTerms terms(ReleaseTermsDto terms) {
        return InputFields.nested(
                "terms",
                () -> new ReleaseTerms(
                        terms.productIds().stream().map(BookableProductId::new).collect(Collectors.toSet()),
                        new HashSet<>(terms.channels()),
                        terms.contactModes() == null
                                ? null
                                : terms.contactModes().stream()
                                        .map(mode -> Invariants.code("contactModes", mode))
                                        .collect(Collectors.toSet()),
                        terms.servicePointId() == null ? null : new ServicePointId(terms.servicePointId())));
    }

    /** An entry just added or changed, logged when it shows the client, with the bookings it lies over. */
    private CalendarEntryView view(KeptEntry kept, String operation) {
        CalendarEntry entry = calendar.answer(caller.actor(), operation, kept.entry());
        return view(entry, kept.bookingsHit().stream().map(BookingHitView::of).toList());
    }

    private static EntityTag etag(CalendarEntry entry) {
        return new EntityTag(Long.toString(entry.version()));
    }

    private CalendarEntryView view(CalendarEntry entry) {
        return view(entry, null);
    }

    /** The entry as the caller may see it: client work of a client they are not entitled to, by its neutral label. */
    private CalendarEntryView view(CalendarEntry entry, List<BookingHitView> bookingsHit) {
        Actor actor = caller.actor();
        boolean shown = calendar.identifiesClient(actor, entry);
        LocalizedTextDto label = catalogue.entryTypes(actor.organisation()).stream()
                .filter(type -> type.code().equals(entry.entryType()))
                .findFirst()
                .map(type -> LocalizedTextDto.of(type.neutralLabel()))
                .orElse(null);
        return new CalendarEntryView(
                entry.id().value(),
                entry.resource().value(),
                shown ? entry.entryType() : null,
                label,
                !shown,
                entry.blocksBooking(),
                entry.interval().start(),
                entry.interval().end(),
                shown ? entry.clientReference() : null,
                entry.version(),
                bookingsHit);
    }

    static ReleaseView view(Release release) {
        ReleaseTerms terms = release.terms();
        ReleaseTermsDto termsView = new ReleaseTermsDto(
                terms.products().stream().map(BookableProductId::value).sorted().toList(),
                terms.channels().stream().sorted().toList(),
                terms.contactModes().stream().sorted().toList(),
                terms.servicePoint() == null ? null : terms.servicePoint().value());
        if (release instanceof OneOffRelease once) {
            return new ReleaseView(
                    once.id().value(),
                    "ONE_OFF",
                    once.resource().value(),
                    once.interval().start(),
                    once.interval().end(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    termsView);
        }
        WeeklyRelease weekly = (WeeklyRelease) release;
        List<LocalDate> skipped = weekly.skippedDates().stream().sorted().toList();
        return new ReleaseView(
                weekly.id().value(),
                "WEEKLY",
                weekly.resource().value(),
                null,
                null,
                weekly.weekdays().stream().sorted().toList(),
                weekly.startTime(),
                weekly.endTime(),
                weekly.validFrom(),
                weekly.validUntil(),
                skipped,
                weekly.includeHolidays(),
                termsView);
    }
}
