package fi.sote.booking.adapters.config;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.out.clientrecord.RestClientRecordSystem;
import fi.sote.booking.adapters.out.http.ClientCredentials;
import fi.sote.booking.adapters.security.ClientIdentityKey;
import fi.sote.booking.application.absence.AbsenceImpacts;
import fi.sote.booking.application.absence.HandleAbsenceService;
import fi.sote.booking.application.absence.RecordAbsenceService;
import fi.sote.booking.application.absence.ViewAbsenceService;
import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase;
import fi.sote.booking.application.absence.port.in.RecordAbsenceUseCase;
import fi.sote.booking.application.absence.port.in.ViewAbsenceQuery;
import fi.sote.booking.application.absence.port.out.AbsenceRepository;
import fi.sote.booking.application.absence.port.out.ClientNotifications;
import fi.sote.booking.application.audit.AuditService;
import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.audit.SealAuditLogService;
import fi.sote.booking.application.audit.port.in.AuditQuery;
import fi.sote.booking.application.audit.port.in.SealAuditLogUseCase;
import fi.sote.booking.application.audit.port.out.AuditCheckpoints;
import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.booking.BookSeriesService;
import fi.sote.booking.application.booking.BookSlotService;
import fi.sote.booking.application.booking.BookTogetherService;
import fi.sote.booking.application.booking.BookingChanges;
import fi.sote.booking.application.booking.BookingDrafts;
import fi.sote.booking.application.booking.CancelBookingService;
import fi.sote.booking.application.booking.RecordAttendanceService;
import fi.sote.booking.application.booking.RescheduleBookingService;
import fi.sote.booking.application.booking.ViewBookingsService;
import fi.sote.booking.application.booking.port.in.BookSeriesUseCase;
import fi.sote.booking.application.booking.port.in.BookSlotUseCase;
import fi.sote.booking.application.booking.port.in.BookTogetherUseCase;
import fi.sote.booking.application.booking.port.in.CancelBookingUseCase;
import fi.sote.booking.application.booking.port.in.RecordAttendanceUseCase;
import fi.sote.booking.application.booking.port.in.RescheduleBookingUseCase;
import fi.sote.booking.application.booking.port.in.ViewBookingsQuery;
import fi.sote.booking.application.booking.port.out.BookingIds;
import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.CalendarEntryService;
import fi.sote.booking.application.calendar.CalendarFeedService;
import fi.sote.booking.application.calendar.ReleaseTimeService;
import fi.sote.booking.application.calendar.RemoveCalendarEntryService;
import fi.sote.booking.application.calendar.SearchSlotsService;
import fi.sote.booking.application.calendar.ViewAgendaService;
import fi.sote.booking.application.calendar.ViewCalendarService;
import fi.sote.booking.application.calendar.WithdrawReleaseService;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.AgendaQuery;
import fi.sote.booking.application.calendar.port.in.ChangeCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.ReleaseTimeUseCase;
import fi.sote.booking.application.calendar.port.in.RemoveCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery;
import fi.sote.booking.application.calendar.port.in.ViewCalendarQuery;
import fi.sote.booking.application.calendar.port.in.WithdrawReleaseUseCase;
import fi.sote.booking.application.calendar.port.out.AvailabilityRepository;
import fi.sote.booking.application.calendar.port.out.CalendarFeedRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.MaintainBookableProductService;
import fi.sote.booking.application.catalogue.MaintainCatalogueService;
import fi.sote.booking.application.catalogue.RegisterBookableProductService;
import fi.sote.booking.application.catalogue.RegisterCalendarEntryTypeService;
import fi.sote.booking.application.catalogue.RegisterContactModeService;
import fi.sote.booking.application.catalogue.RegisterResourceService;
import fi.sote.booking.application.catalogue.RegisterServicePointService;
import fi.sote.booking.application.catalogue.RegisterServiceTaskService;
import fi.sote.booking.application.catalogue.RegisterSocialServiceService;
import fi.sote.booking.application.catalogue.ViewCatalogueService;
import fi.sote.booking.application.catalogue.port.in.MaintainBookableProductUseCase;
import fi.sote.booking.application.catalogue.port.in.MaintainCatalogueUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterCalendarEntryTypeUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterContactModeUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterResourceUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterServicePointUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterServiceTaskUseCase;
import fi.sote.booking.application.catalogue.port.in.RegisterSocialServiceUseCase;
import fi.sote.booking.application.catalogue.port.in.ViewCatalogueQuery;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.application.client.IdentifyClientService;
import fi.sote.booking.application.client.LookUpClientService;
import fi.sote.booking.application.client.RecordClientService;
import fi.sote.booking.application.client.port.in.IdentifyClientQuery;
import fi.sote.booking.application.client.port.in.LookUpClientQuery;
import fi.sote.booking.application.client.port.in.RecordClientUseCase;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.client.port.out.ClientRecordSystem;
import fi.sote.booking.application.client.port.out.ClientRecords;
import fi.sote.booking.application.event.EventFeedService;
import fi.sote.booking.application.event.RelayEventsService;
import fi.sote.booking.application.event.WebhookService;
import fi.sote.booking.application.event.port.in.FollowEventsQuery;
import fi.sote.booking.application.event.port.in.KeepWebhooksUseCase;
import fi.sote.booking.application.event.port.in.RelayEventsUseCase;
import fi.sote.booking.application.event.port.out.EventFeed;
import fi.sote.booking.application.event.port.out.WebhookDeliveries;
import fi.sote.booking.application.event.port.out.WebhookSender;
import fi.sote.booking.application.event.port.out.WebhookSubscriptions;
import fi.sote.booking.application.idempotency.RunOncePerKeyService;
import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase;
import fi.sote.booking.application.idempotency.port.out.StoredReplies;
import fi.sote.booking.application.privacy.BookingVisibility;
import fi.sote.booking.application.safety.AlertService;
import fi.sote.booking.application.safety.VisitService;
import fi.sote.booking.application.safety.WhereaboutsService;
import fi.sote.booking.application.safety.port.in.VisitUseCase;
import fi.sote.booking.application.safety.port.in.WhereaboutsQuery;
import fi.sote.booking.application.safety.port.in.WorkSafetyAlerts;
import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.application.statistics.StatisticsService;
import fi.sote.booking.application.statistics.port.in.StatisticsQuery;
import fi.sote.booking.application.statistics.port.out.StatisticsRepository;
import fi.sote.booking.application.waitlist.WaitlistService;
import fi.sote.booking.application.waitlist.port.out.WaitlistRepository;
import fi.sote.booking.domain.audit.AuditChain;
import fi.sote.booking.domain.booking.policy.AttendancePolicy;
import fi.sote.booking.domain.calendar.WorkingHours;
import fi.sote.booking.domain.event.RetrySchedule;

/**
 * Produces the framework-free application services as beans, wiring them to the adapters that
 * implement their ports.
 */
@ApplicationScoped
class UseCaseConfiguration {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    RegisterServiceTaskUseCase registerServiceTask(ServiceTaskRepository serviceTasks, Clock clock) {
        return new RegisterServiceTaskService(serviceTasks, clock);
    }

    @Produces
    @ApplicationScoped
    RegisterSocialServiceUseCase registerSocialService(
            ServiceTaskRepository serviceTasks, CatalogueRepository catalogue) {
        return new RegisterSocialServiceService(serviceTasks, catalogue);
    }

    @Produces
    @ApplicationScoped
    RegisterServicePointUseCase registerServicePoint(CatalogueRepository catalogue) {
        return new RegisterServicePointService(catalogue);
    }

    @Produces
    @ApplicationScoped
    RegisterResourceUseCase registerResource(CatalogueRepository catalogue) {
        return new RegisterResourceService(catalogue);
    }

    @Produces
    @ApplicationScoped
    RegisterContactModeUseCase registerContactMode(CatalogueRepository catalogue) {
        return new RegisterContactModeService(catalogue);
    }

    @Produces
    @ApplicationScoped
    RegisterBookableProductUseCase registerBookableProduct(CatalogueRepository catalogue) {
        return new RegisterBookableProductService(catalogue);
    }

    @Produces
    @ApplicationScoped
    MaintainBookableProductUseCase maintainBookableProduct(CatalogueRepository catalogue, Clock clock) {
        return new MaintainBookableProductService(catalogue, clock);
    }

    @Produces
    @ApplicationScoped
    MaintainCatalogueUseCase maintainCatalogue(
            CatalogueRepository catalogue,
            ServiceTaskRepository serviceTasks,
            BookingRepository bookings,
            Clock clock) {
        return new MaintainCatalogueService(catalogue, serviceTasks, bookings, clock);
    }

    @Produces
    @ApplicationScoped
    RegisterCalendarEntryTypeUseCase registerCalendarEntryType(CatalogueRepository catalogue) {
        return new RegisterCalendarEntryTypeService(catalogue);
    }

    @Produces
    @ApplicationScoped
    ViewCatalogueQuery viewCatalogue(ServiceTaskRepository serviceTasks, CatalogueRepository catalogue) {
        return new ViewCatalogueService(serviceTasks, catalogue);
    }

    @Produces
    @ApplicationScoped
    AddCalendarEntryUseCase addCalendarEntry(
            CatalogueRepository catalogue, CalendarRepository calendar, BookingRepository bookings, Clock clock) {
        return new CalendarEntryService(catalogue, calendar, bookings, clock);
    }

    @Produces
    @ApplicationScoped
    ChangeCalendarEntryUseCase changeCalendarEntry(
            CatalogueRepository catalogue, CalendarRepository calendar, BookingRepository bookings, Clock clock) {
        return new CalendarEntryService(catalogue, calendar, bookings, clock);
    }

    @Produces
    @ApplicationScoped
    RemoveCalendarEntryUseCase removeCalendarEntry(CatalogueRepository catalogue, CalendarRepository calendar) {
        return new RemoveCalendarEntryService(catalogue, calendar);
    }

    @Produces
    @ApplicationScoped
    RelayEventsUseCase relayEvents(
            WebhookDeliveries deliveries,
            WebhookSubscriptions subscriptions,
            WebhookSender sender,
            Clock clock,
            @ConfigProperty(name = "booking.webhooks.retry-delays") Optional<List<Duration>> retryDelays,
            @ConfigProperty(name = "booking.webhooks.lease", defaultValue = "PT5M") Duration lease) {
        return new RelayEventsService(
                deliveries,
                subscriptions,
                sender,
                retryDelays.map(RetrySchedule::new).orElse(RetrySchedule.STANDARD),
                clock,
                new SecureRandom(),
                lease);
    }

    @Produces
    @ApplicationScoped
    KeepWebhooksUseCase keepWebhooks(
            WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookSender sender, Clock clock) {
        return new WebhookService(subscriptions, deliveries, sender, clock);
    }

    @Produces
    @ApplicationScoped
    FollowEventsQuery followEvents(EventFeed feed) {
        return new EventFeedService(feed);
    }

    /** Both of its ports, keeping the feeds and reading them: one service, injected as either. */
    @Produces
    @ApplicationScoped
    CalendarFeedService calendarFeeds(
            CatalogueRepository catalogue,
            CalendarFeedRepository feeds,
            CalendarRepository calendar,
            BookingRepository bookings,
            Clock clock) {
        return new CalendarFeedService(catalogue, feeds, calendar, bookings, clock);
    }

    @Produces
    @ApplicationScoped
    ReleaseTimeUseCase releaseTime(CatalogueRepository catalogue, CalendarRepository calendar) {
        return new ReleaseTimeService(catalogue, calendar);
    }

    @Produces
    @ApplicationScoped
    WithdrawReleaseUseCase withdrawRelease(CatalogueRepository catalogue, CalendarRepository calendar) {
        return new WithdrawReleaseService(catalogue, calendar);
    }

    @Produces
    @ApplicationScoped
    ViewCalendarQuery viewCalendar(CalendarRepository calendar, BookingVisibility visibility, AuditTrail trail) {
        return new ViewCalendarService(calendar, visibility, trail);
    }

    @Produces
    @ApplicationScoped
    AgendaQuery agenda(
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            BookingRepository bookings,
            BookingVisibility visibility,
            AuditTrail trail,
            Clock clock) {
        return new ViewAgendaService(catalogue, calendar, bookings, visibility, trail, clock);
    }

    @Produces
    @ApplicationScoped
    SearchSlotsQuery searchSlots(CatalogueRepository catalogue, AvailabilityRepository availability, Clock clock) {
        return new SearchSlotsService(catalogue, availability, clock);
    }

    @Produces
    @ApplicationScoped
    BookingVisibility bookingVisibility(
            CatalogueRepository catalogue, ClientRecords records, ClientIdentities identities) {
        return new BookingVisibility(catalogue, records, identities);
    }

    @Produces
    @ApplicationScoped
    BookingDrafts bookingDrafts(
            CatalogueRepository catalogue,
            AvailabilityRepository availability,
            BookingRepository bookings,
            ClientIdentities identities,
            BookingVisibility visibility,
            AuditTrail trail,
            Clock clock,
            BookingIds ids) {
        return new BookingDrafts(catalogue, availability, bookings, identities, visibility, trail, clock, ids);
    }

    @Produces
    @ApplicationScoped
    BookingChanges bookingChanges(
            BookingRepository bookings, CatalogueRepository catalogue, BookingVisibility visibility, Clock clock) {
        return new BookingChanges(bookings, catalogue, visibility, clock);
    }

    @Produces
    @ApplicationScoped
    BookSlotUseCase bookSlot(
            BookingDrafts drafts,
            BookingChanges changes,
            @ConfigProperty(name = "booking.hold.duration", defaultValue = "PT10M") Duration holdFor,
            @ConfigProperty(name = "booking.hold.per-client", defaultValue = "3") int holdsPerClient) {
        return new BookSlotService(drafts, changes, holdFor, holdsPerClient);
    }

    @Produces
    @ApplicationScoped
    BookSeriesUseCase bookSeries(BookingDrafts drafts) {
        return new BookSeriesService(drafts);
    }

    @Produces
    @ApplicationScoped
    BookTogetherUseCase bookTogether(BookingDrafts drafts) {
        return new BookTogetherService(drafts);
    }

    @Produces
    @ApplicationScoped
    RescheduleBookingUseCase rescheduleBooking(BookingChanges changes, BookingDrafts drafts) {
        return new RescheduleBookingService(changes, drafts);
    }

    @Produces
    @ApplicationScoped
    CancelBookingUseCase cancelBooking(BookingChanges changes) {
        return new CancelBookingService(changes);
    }

    @Produces
    @ApplicationScoped
    RecordAttendanceUseCase recordAttendance(
            BookingChanges changes,
            @ConfigProperty(name = "booking.attendance.check-in-opens", defaultValue = "PT2H") Duration checkInOpens) {
        return new RecordAttendanceService(changes, new AttendancePolicy(checkInOpens));
    }

    @Produces
    @ApplicationScoped
    ViewBookingsQuery viewBookings(
            BookingRepository bookings,
            CatalogueRepository catalogue,
            ClientIdentities identities,
            BookingVisibility visibility,
            AuditTrail trail,
            Clock clock) {
        return new ViewBookingsService(bookings, catalogue, identities, visibility, trail, clock);
    }

    @Produces
    @ApplicationScoped
    RunOncePerKeyUseCase runOncePerKey(
            StoredReplies replies,
            @ConfigProperty(name = "booking.idempotency.retention", defaultValue = "P2D") Duration retention) {
        return new RunOncePerKeyService(replies, retention);
    }

    @Produces
    @ApplicationScoped
    RecordClientUseCase recordClient(ClientRecords records, ClientIdentities identities) {
        return new RecordClientService(records, identities);
    }

    @Produces
    @ApplicationScoped
    IdentifyClientQuery identifyClient(ClientIdentities identities, ClientRecords records, AuditTrail trail) {
        return new IdentifyClientService(identities, records, trail);
    }

    @Produces
    @ApplicationScoped
    LookUpClientQuery lookUpClient(
            ClientRecordSystem system, ClientRecords records, ClientIdentities identities, AuditTrail trail) {
        return new LookUpClientService(system, records, identities, trail);
    }

    /**
     * The organisation's client-record system over REST when {@code booking.client-record-system.url} is set;
     * otherwise none, and lookups are answered from the records it sent.
     */
    @Produces
    @ApplicationScoped
    ClientRecordSystem clientRecordSystem(
            @ConfigProperty(name = "booking.client-record-system.url") Optional<URI> url,
            @ConfigProperty(name = "booking.client-record-system.token-url") Optional<URI> tokenUrl,
            @ConfigProperty(name = "booking.client-record-system.client-id") Optional<String> clientId,
            @ConfigProperty(name = "booking.client-record-system.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "booking.client-record-system.timeout", defaultValue = "PT2S") Duration timeout,
            @ConfigProperty(name = "booking.client-record-system.cache-for", defaultValue = "PT1M") Duration cacheFor,
            ObjectMapper json,
            Clock clock) {
        return url.<ClientRecordSystem>map(base -> new RestClientRecordSystem(
                        new RestClientRecordSystem.Settings(
                                base,
                                new ClientCredentials.Settings(tokenUrl, clientId, clientSecret),
                                timeout,
                                cacheFor),
                        json,
                        clock))
                .orElse(ClientRecordSystem.NONE);
    }

    @Produces
    @ApplicationScoped
    AuditTrail auditTrail(AuditLog log, Clock clock) {
        return new AuditTrail(log, clock);
    }

    @Produces
    @ApplicationScoped
    AuditQuery audit(
            AuditLog log,
            AuditTrail trail,
            ClientIdentities clients,
            ClientIdentityKey keys,
            AuditCheckpoints checkpoints) {
        return new AuditService(log, trail, clients, new AuditChain(keys.auditChainKey()), checkpoints);
    }

    @Produces
    @ApplicationScoped
    SealAuditLogUseCase sealAuditLog(AuditLog log, ClientIdentityKey keys, AuditCheckpoints checkpoints) {
        return new SealAuditLogService(log, new AuditChain(keys.auditChainKey()), checkpoints);
    }

    @Produces
    @ApplicationScoped
    AbsenceImpacts absenceImpacts(
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            BookingRepository bookings,
            AbsenceRepository absences,
            Clock clock) {
        return new AbsenceImpacts(catalogue, calendar, bookings, absences, clock);
    }

    @Produces
    @ApplicationScoped
    RecordAbsenceUseCase recordAbsence(AbsenceImpacts impacts) {
        return new RecordAbsenceService(impacts);
    }

    @Produces
    @ApplicationScoped
    ViewAbsenceQuery viewAbsence(
            AbsenceImpacts impacts,
            CalendarRepository calendar,
            AvailabilityRepository availability,
            SearchSlotsQuery slots) {
        return new ViewAbsenceService(impacts, calendar, availability, slots);
    }

    @Produces
    @ApplicationScoped
    HandleAbsenceUseCase handleAbsence(
            AbsenceImpacts impacts,
            RescheduleBookingUseCase reschedule,
            CancelBookingUseCase cancel,
            ClientNotifications notifications) {
        return new HandleAbsenceService(impacts, reschedule, cancel, notifications);
    }

    /** The waitlist, for those who wait ({@code WaitlistUseCase}) and for its round ({@code OfferFreedTimesUseCase}). */
    @Produces
    @ApplicationScoped
    WaitlistService waitlistService(
            WaitlistRepository waitlist,
            CatalogueRepository catalogue,
            BookingRepository bookings,
            SearchSlotsQuery slots,
            BookSlotUseCase booking,
            CancelBookingUseCase cancel,
            ClientIdentities identities,
            ClientRecords records,
            BookingVisibility visibility,
            AuditTrail trail,
            Clock clock,
            @ConfigProperty(name = "booking.waitlist.offer-for", defaultValue = "PT24H") Duration offerFor) {
        return new WaitlistService(
                waitlist,
                catalogue,
                bookings,
                slots,
                booking,
                cancel,
                identities,
                records,
                visibility,
                trail,
                clock,
                offerFor);
    }

    @Produces
    @ApplicationScoped
    VisitUseCase visits(
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            BookingRepository bookings,
            VisitRepository visits,
            Clock clock,
            @ConfigProperty(name = "booking.work-safety.grace", defaultValue = "PT15M") Duration grace) {
        return new VisitService(catalogue, calendar, bookings, visits, grace, clock);
    }

    @Produces
    @ApplicationScoped
    WorkSafetyAlerts workSafetyAlerts(CatalogueRepository catalogue, VisitRepository visits, Clock clock) {
        return new AlertService(catalogue, visits, clock);
    }

    @Produces
    @ApplicationScoped
    WhereaboutsQuery whereabouts(
            CatalogueRepository catalogue,
            CalendarRepository calendar,
            BookingRepository bookings,
            VisitRepository visits,
            ClientRecords clients) {
        return new WhereaboutsService(catalogue, calendar, bookings, visits, clients);
    }

    @Produces
    @ApplicationScoped
    StatisticsQuery statistics(
            StatisticsRepository statistics,
            CatalogueRepository catalogue,
            @ConfigProperty(name = "booking.time-use.working-hours", defaultValue = "08:00-16:00")
                    String workingHours) {
        return new StatisticsService(statistics, catalogue, WorkingHours.parse(workingHours));
    }
}
