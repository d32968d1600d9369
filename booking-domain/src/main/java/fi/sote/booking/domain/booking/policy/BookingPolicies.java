package fi.sote.booking.domain.booking.policy;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every rule a booking keeps, in one list. A new booking passes {@link #FOR_A_NEW_BOOKING} in order (the first
 * rejection answers), after the channel is chosen ({@link ChannelPolicy#callerBooksThroughTheChannel}); a change
 * of a booking by its client keeps {@link ChangeDeadlinePolicy}; a held time is booked under {@link HoldPolicy};
 * attendance is recorded under {@link AttendancePolicy}. What must hold under any concurrency (a resource's time
 * booked once, a group time within its capacity, a client not booked twice at once) the database decides when the
 * booking is stored (ADR 0005).
 */
public final class BookingPolicies {

    public static final List<BookingPolicy> FOR_A_NEW_BOOKING = List.of(
            SelfServicePolicy::clientBooksOnlyForThemselves,
            SelfServicePolicy::clientSendsNoStaffFields,
            ClientOverlapPolicy::onlyAProfessionalOverrides,
            ChannelPolicy::productIsBookedThroughTheChannel,
            ChannelPolicy::professionalBooksInACalendarTheyKeep,
            LanguagePolicy::professionalSpeaksTheClientsLanguage,
            ReleasedTimePolicy::timeIsReleasedToTheChannel,
            SelfServiceWindowPolicy::withinNoticeAndHorizon);

    private BookingPolicies() {}

    /** The first rejection of the policies for a new booking, or allowed. */
    public static Verdict judge(BookingAttempt attempt) {
        for (BookingPolicy policy : FOR_A_NEW_BOOKING) {
            Verdict verdict = policy.judge(attempt);
            if (!verdict.isAllowed()) {
                return verdict;
            }
        }
        return Verdict.ALLOWED;
    }

    /** The first of the verdicts that rejects, or allowed; later ones are not asked for once one rejects. */
    @SafeVarargs
    static Verdict first(Supplier<Verdict>... verdicts) {
        for (Supplier<Verdict> each : verdicts) {
            Verdict verdict = each.get();
            if (!verdict.isAllowed()) {
                return verdict;
            }
        }
        return Verdict.ALLOWED;
    }
}
