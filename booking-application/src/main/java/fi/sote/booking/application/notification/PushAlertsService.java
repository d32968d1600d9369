package fi.sote.booking.application.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.notification.Messenger.Message;
import fi.sote.booking.application.notification.port.in.PushAlertsUseCase;
import fi.sote.booking.application.notification.port.out.DueMessages;
import fi.sote.booking.application.notification.port.out.DueMessages.AlertStage;
import fi.sote.booking.application.notification.port.out.DueMessages.DueAlert;
import fi.sote.booking.application.notification.port.out.MessageSender;
import fi.sote.booking.application.notification.port.out.MessageSender.Result;
import fi.sote.booking.application.notification.port.out.StaffContacts;
import fi.sote.booking.application.safety.port.out.VisitRepository;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.notification.StaffContact;
import fi.sote.booking.domain.safety.Visit;

public final class PushAlertsService implements PushAlertsUseCase {

    /** How many due alerts one round pushes at most. */
    static final int BATCH = 100;

    private final DueMessages due;
    private final VisitRepository visits;
    private final CatalogueRepository catalogue;
    private final StaffContacts contacts;
    private final Messenger messenger;
    private final Clock clock;
    private final Duration escalateAfter;
    private final Duration lease;

    public PushAlertsService(
            DueMessages due,
            VisitRepository visits,
            CatalogueRepository catalogue,
            StaffContacts contacts,
            Map<MessageChannel, MessageSender> senders,
            Clock clock,
            Duration escalateAfter,
            Duration lease) {
        this.due = due;
        this.visits = visits;
        this.catalogue = catalogue;
        this.contacts = contacts;
        // an alert tells nothing of a client, so there is no access or disclosure to log
        this.messenger = new Messenger(senders, null, clock);
        this.clock = clock;
        this.escalateAfter = escalateAfter;
        this.lease = lease;
    }

    @Override
    public int pushAlerts() {
        int sent = 0;
        for (DueAlert alert : due.alerts(clock.instant(), escalateAfter, BATCH)) {
            String kind = alert.stage().name();
            if (DueSending.once(due, kind, alert.visit().value(), lease, () -> push(alert))) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Pushes the alert, read again now, to the supervisor of the worker's team or to the supervisor's second contact;
     * REFUSED when it has been closed since, or there is no one to reach.
     */
    private Result push(DueAlert alert) {
        Optional<Visit> visit =
                visits.visit(alert.organisation(), alert.visit()).filter(Visit::hasOpenAlert);
        Optional<Resource> worker = visit.flatMap(found -> catalogue.resource(alert.organisation(), found.resource()));
        if (worker.isEmpty() || worker.get().supervisorSubject() == null) {
            return Result.REFUSED;
        }
        Optional<StaffContact> supervisor =
                contacts.find(alert.organisation(), worker.get().supervisorSubject());
        boolean escalated = alert.stage() == AlertStage.WORK_SAFETY_ESCALATION;
        Optional<StaffContact> to = escalated
                ? supervisor
                        .map(StaffContact::secondContact)
                        .flatMap(second -> contacts.find(alert.organisation(), second))
                : supervisor;
        if (to.isEmpty()) {
            return Result.REFUSED;
        }
        String language = to.get().language();
        Message message = new Message(
                alert.stage().name(),
                StaffMessages.alert(
                        language,
                        worker.get().name(),
                        visit.get().plannedEnd().atZone(BookingTime.ZONE).toLocalTime(),
                        escalated));
        return messenger.send(
                alert.organisation(), NotifyStaffService.recipient(to.get()), null, channel -> Optional.of(message));
    }
}
