package fi.sote.booking.domain.booking.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.booking.BookedTime;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.SelfServiceRules;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/** Each rule of a booking on its own, then the order in which a new booking meets them. */
class BookingPoliciesTests {

    private static final OrganisationId ORG = new OrganisationId("policy-org");
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    /** Notice 24 h, horizon 60 days, change deadline 48 h. */
    private static final BookableProduct PRODUCT = new BookableProduct(
            BookableProductId.random(),
            ORG,
            "FIRST",
            new SocialServiceId(UUID.randomUUID()),
            LocalizedText.finnish("Ensikäynti"),
            Duration.ofHours(1),
            Set.of("OFFICE"),
            1,
            EnumSet.of(Channel.CLIENT_SELF_SERVICE, Channel.COUNSELLING, Channel.PROFESSIONAL),
            new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(48)),
            null,
            null,
            new GuidanceText("Tervetuloa", null, null));

    private static final Resource CALENDAR = new Resource(
            ResourceId.random(),
            ORG,
            ResourceKind.PROFESSIONAL,
            "Pekka",
            null,
            "pekka",
            Set.of(),
            Set.of("fi"),
            Set.of(),
            "TEAM",
            "sari");
    private static final Instant IN_A_WEEK = NOW.plus(Duration.ofDays(7));

    private static BookingAttempt attempt(Set<Role> roles, String subject, Channel channel) {
        return new BookingAttempt(
                roles, subject, channel, true, false, false, false, false, null, false, PRODUCT, CALENDAR, true,
                IN_A_WEEK, NOW);
    }

    private static BookingAttempt bySelfService() {
        return attempt(Set.of(Role.CLIENT), "maija", Channel.CLIENT_SELF_SERVICE);
    }

    private static BookingAttempt with(
            BookingAttempt a,
            boolean forThemselves,
            boolean referral,
            boolean override,
            boolean code,
            boolean released,
            Instant start) {
        return new BookingAttempt(
                a.roles(),
                a.subject(),
                a.channel(),
                forThemselves,
                referral,
                override,
                code,
                a.withReachAt(),
                a.clientLanguage(),
                a.overridingLanguage(),
                a.product(),
                a.resource(),
                released,
                start,
                a.now());
    }

    private static RejectionReason reason(Verdict verdict) {
        return verdict instanceof Verdict.Rejected rejected ? rejected.reason() : null;
    }

    private static String field(Verdict verdict) {
        return ((Verdict.Rejected) verdict).field();
    }

    @Test
    void eachRoleBooksThroughItsOwnChannelAndAdministratorsAndAuditorsThroughNone() {
        assertThat(ChannelPolicy.channelsOf(Set.of(Role.CLIENT))).containsExactly(Channel.CLIENT_SELF_SERVICE);
        assertThat(ChannelPolicy.channelsOf(Set.of(Role.COUNSELLOR))).containsExactly(Channel.COUNSELLING);
        assertThat(ChannelPolicy.channelsOf(Set.of(Role.SUPERVISOR))).containsExactly(Channel.PROFESSIONAL);
        assertThat(ChannelPolicy.channelsOf(Set.of(Role.INTEGRATION))).containsExactly(Channel.INTEGRATION);
        assertThat(ChannelPolicy.channelsOf(Set.of(Role.ADMINISTRATOR, Role.AUDITOR)))
                .isEmpty();
        assertThat(ChannelPolicy.searchedBy(Set.of(Role.ADMINISTRATOR))).containsExactlyInAnyOrder(Channel.values());
    }

    @Test
    void aCallerWithSeveralChannelsNamesOneAndNobodyBooksThroughAnotherRolesChannel() {
        Set<Role> both = Set.of(Role.PROFESSIONAL, Role.COUNSELLOR);
        assertThat(reason(ChannelPolicy.callerBooksThroughTheChannel(both, null)))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(ChannelPolicy.callerBooksThroughTheChannel(both, Channel.COUNSELLING)
                        .isAllowed())
                .isTrue();
        assertThat(ChannelPolicy.channelOf(both, Channel.COUNSELLING)).isEqualTo(Channel.COUNSELLING);
        assertThat(ChannelPolicy.channelOf(Set.of(Role.CLIENT), null)).isEqualTo(Channel.CLIENT_SELF_SERVICE);
        assertThat(reason(ChannelPolicy.callerBooksThroughTheChannel(Set.of(Role.CLIENT), Channel.PROFESSIONAL)))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(reason(ChannelPolicy.callerBooksThroughTheChannel(Set.of(Role.AUDITOR), null)))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
    }

    @Test
    void aClientConfirmsAHoldMadeForThemOnlyOfAProductClientsBookThemselves() {
        BookableProduct counsellingOnly = new BookableProduct(
                BookableProductId.random(),
                ORG,
                "REFERRED",
                new SocialServiceId(UUID.randomUUID()),
                LocalizedText.finnish("Ohjattu käynti"),
                Duration.ofHours(1),
                Set.of("OFFICE"),
                1,
                EnumSet.of(Channel.COUNSELLING),
                new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(48)),
                null,
                null,
                new GuidanceText("Tervetuloa", null, null));

        assertThat(reason(ChannelPolicy.clientConfirmsOnlyWhatClientsBook(counsellingOnly, true)))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(ChannelPolicy.clientConfirmsOnlyWhatClientsBook(counsellingOnly, false)
                        .isAllowed())
                .as("the counsellor who held it confirms it")
                .isTrue();
        assertThat(ChannelPolicy.clientConfirmsOnlyWhatClientsBook(PRODUCT, true)
                        .isAllowed())
                .isTrue();
    }

    @Test
    void aProductIsBookedOnlyThroughTheChannelsItNames() {
        Verdict verdict = ChannelPolicy.productIsBookedThroughTheChannel(
                attempt(Set.of(Role.INTEGRATION), "system", Channel.INTEGRATION));
        assertThat(reason(verdict)).isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
        assertThat(field(verdict)).isEqualTo("product");
    }

    @Test
    void aProfessionalBooksOnlyInACalendarTheyKeepAndTheTeamsSupervisorInTheirTeams() {
        assertThat(ChannelPolicy.professionalBooksInACalendarTheyKeep(
                                attempt(Set.of(Role.PROFESSIONAL), "pekka", Channel.PROFESSIONAL))
                        .isAllowed())
                .isTrue();
        assertThat(ChannelPolicy.professionalBooksInACalendarTheyKeep(
                                attempt(Set.of(Role.SUPERVISOR), "sari", Channel.PROFESSIONAL))
                        .isAllowed())
                .isTrue();
        assertThat(reason(ChannelPolicy.professionalBooksInACalendarTheyKeep(
                        attempt(Set.of(Role.PROFESSIONAL), "liisa", Channel.PROFESSIONAL))))
                .isEqualTo(RejectionReason.NOT_YOUR_CALENDAR);
    }

    @Test
    void aClientBooksOnlyForThemselvesAndSendsNoFieldOnlyStaffGive() {
        assertThat(reason(SelfServicePolicy.clientBooksOnlyForThemselves(
                        with(bySelfService(), false, false, false, false, true, IN_A_WEEK))))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(field(SelfServicePolicy.clientSendsNoStaffFields(
                        with(bySelfService(), true, true, false, false, true, IN_A_WEEK))))
                .isEqualTo("referralNote");
        assertThat(field(SelfServicePolicy.clientSendsNoStaffFields(
                        with(bySelfService(), true, false, true, false, true, IN_A_WEEK))))
                .isEqualTo("allowClientOverlap");
        assertThat(field(SelfServicePolicy.clientSendsNoStaffFields(
                        with(bySelfService(), true, false, false, true, true, IN_A_WEEK))))
                .isEqualTo("clientPersonalIdentityCode");
        BookingAttempt counsellor = attempt(Set.of(Role.COUNSELLOR), "kaisa", Channel.COUNSELLING);
        assertThat(SelfServicePolicy.clientSendsNoStaffFields(
                                with(counsellor, false, true, false, true, true, IN_A_WEEK))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void onlyAProfessionalOverridesTheClientsOtherBookings() {
        BookingAttempt professional = attempt(Set.of(Role.PROFESSIONAL), "pekka", Channel.PROFESSIONAL);
        BookingAttempt counsellor = attempt(Set.of(Role.COUNSELLOR), "kaisa", Channel.COUNSELLING);
        assertThat(ClientOverlapPolicy.onlyAProfessionalOverrides(
                                with(professional, true, false, true, false, true, IN_A_WEEK))
                        .isAllowed())
                .isTrue();
        Verdict verdict = ClientOverlapPolicy.onlyAProfessionalOverrides(
                with(counsellor, true, false, true, false, true, IN_A_WEEK));
        assertThat(reason(verdict)).isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(field(verdict)).isEqualTo("allowClientOverlap");
    }

    @Test
    void onlyAProfessionalBooksTimeNoReleaseOffersTheirChannel() {
        assertThat(reason(ReleasedTimePolicy.timeIsReleasedToTheChannel(with(
                        attempt(Set.of(Role.COUNSELLOR), "kaisa", Channel.COUNSELLING),
                        true,
                        false,
                        false,
                        false,
                        false,
                        IN_A_WEEK))))
                .isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
        assertThat(ReleasedTimePolicy.timeIsReleasedToTheChannel(with(
                                attempt(Set.of(Role.PROFESSIONAL), "pekka", Channel.PROFESSIONAL),
                                true,
                                false,
                                false,
                                false,
                                false,
                                IN_A_WEEK))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void aClientBooksFromTheMinimumNoticeToTheHorizonAndStaffAtAnyTime() {
        Instant tooSoon = NOW.plus(Duration.ofHours(23));
        Instant tooFar = NOW.plus(Duration.ofDays(61));
        for (Instant start : new Instant[] {tooSoon, tooFar}) {
            assertThat(reason(SelfServiceWindowPolicy.withinNoticeAndHorizon(
                            with(bySelfService(), true, false, false, false, true, start))))
                    .isEqualTo(RejectionReason.OUTSIDE_BOOKING_WINDOW);
            assertThat(SelfServiceWindowPolicy.withinNoticeAndHorizon(with(
                                    attempt(Set.of(Role.COUNSELLOR), "kaisa", Channel.COUNSELLING),
                                    true,
                                    false,
                                    false,
                                    false,
                                    true,
                                    start))
                            .isAllowed())
                    .isTrue();
        }
        assertThat(SelfServiceWindowPolicy.withinNoticeAndHorizon(
                                with(bySelfService(), true, false, false, false, true, NOW.plus(Duration.ofHours(24))))
                        .isAllowed())
                .isTrue();
    }

    @Test
    void aNewBookingMeetsTheRulesInTheirOrderAndTheFirstRejectionAnswers() {
        assertThat(BookingPolicies.judge(bySelfService())).isEqualTo(Verdict.ALLOWED);
        // for another client, unreleased and too soon: the client rule answers first
        BookingAttempt everythingWrong = with(bySelfService(), false, true, false, false, false, NOW);
        assertThat(reason(BookingPolicies.judge(everythingWrong))).isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(reason(BookingPolicies.judge(with(bySelfService(), true, false, false, false, false, NOW))))
                .isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
        assertThat(BookingPolicies.FOR_A_NEW_BOOKING).hasSize(8);
    }

    @Test
    void aClientChangesABookingUntilTheDeadlineAndThoseWhoGiveTheServiceAtAnyTime() {
        Booking inThreeDays = booking(NOW.plus(Duration.ofDays(3)), BookingStatus.BOOKED);
        Booking tomorrow = booking(NOW.plus(Duration.ofHours(30)), BookingStatus.BOOKED);
        assertThat(ChangeDeadlinePolicy.clientChangesBeforeTheDeadline(inThreeDays, PRODUCT, true, NOW)
                        .isAllowed())
                .isTrue();
        assertThat(reason(ChangeDeadlinePolicy.clientChangesBeforeTheDeadline(tomorrow, PRODUCT, true, NOW)))
                .isEqualTo(RejectionReason.CHANGE_DEADLINE_PASSED);
        assertThat(ChangeDeadlinePolicy.clientChangesBeforeTheDeadline(tomorrow, PRODUCT, false, NOW)
                        .isAllowed())
                .isTrue();
    }

    @Test
    void aHeldTimeIsBookedOnlyWhileItIsHeld() {
        Booking hold = new Booking(
                BookingId.random(),
                ORG,
                time(IN_A_WEEK),
                "maija",
                "fi",
                Channel.CLIENT_SELF_SERVICE,
                "maija",
                NOW,
                BookingStatus.PENDING,
                NOW.plusSeconds(600),
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                0);
        assertThat(HoldPolicy.heldTimeIsStillHeld(hold, NOW.plusSeconds(599)).isAllowed())
                .isTrue();
        assertThat(reason(HoldPolicy.heldTimeIsStillHeld(hold, NOW.plusSeconds(600))))
                .isEqualTo(RejectionReason.HOLD_EXPIRED);
        assertThat(reason(HoldPolicy.heldTimeIsStillHeld(booking(IN_A_WEEK, BookingStatus.BOOKED), NOW)))
                .isEqualTo(RejectionReason.INVALID_TRANSITION);
    }

    @Test
    void aClientOnlyChecksInAndOnlyAroundTheTime() {
        AttendancePolicy policy = new AttendancePolicy(Duration.ofMinutes(90));
        Instant start = NOW.plus(Duration.ofDays(1));
        Booking booked = booking(start, BookingStatus.BOOKED);
        Instant opens = start.minus(Duration.ofMinutes(90));
        assertThat(policy.judge(booked, BookingStatus.CHECKED_IN, null, true, opens)
                        .isAllowed())
                .isTrue();
        assertThat(reason(policy.judge(booked, BookingStatus.CHECKED_IN, null, true, opens.minusSeconds(1))))
                .isEqualTo(RejectionReason.OUTSIDE_CHECK_IN_WINDOW);
        assertThat(reason(policy.judge(
                        booked,
                        BookingStatus.CHECKED_IN,
                        null,
                        true,
                        booked.time().interval().end())))
                .isEqualTo(RejectionReason.OUTSIDE_CHECK_IN_WINDOW);
        assertThat(reason(policy.judge(booked, BookingStatus.FULFILLED, null, true, start)))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
    }

    @Test
    void staffRecordArrivalFromCheckInAndTheOutcomeFromTheStartOnwards() {
        AttendancePolicy policy = new AttendancePolicy(Duration.ofMinutes(30));
        Instant start = NOW.plus(Duration.ofDays(1));
        Booking booked = booking(start, BookingStatus.BOOKED);
        assertThat(reason(policy.judge(booked, BookingStatus.ARRIVED, null, false, start.minusSeconds(1801))))
                .isEqualTo(RejectionReason.ATTENDANCE_TOO_EARLY);
        assertThat(policy.judge(booked, BookingStatus.ARRIVED, null, false, start.minusSeconds(1800))
                        .isAllowed())
                .isTrue();
        for (BookingStatus outcome : List.of(BookingStatus.FULFILLED, BookingStatus.NO_SHOW)) {
            assertThat(reason(policy.judge(booked, outcome, null, false, start.minusSeconds(1))))
                    .as(outcome.name())
                    .isEqualTo(RejectionReason.ATTENDANCE_TOO_EARLY);
            assertThat(policy.judge(booked, outcome, null, false, start).isAllowed())
                    .as(outcome.name())
                    .isTrue();
            assertThat(policy.judge(booked, outcome, null, false, start.plus(Duration.ofDays(30)))
                            .isAllowed())
                    .as("recorded a month later: " + outcome)
                    .isTrue();
        }
        Booking fulfilled = booking(start, BookingStatus.FULFILLED);
        assertThat(reason(policy.judge(fulfilled, BookingStatus.CHECKED_IN, null, false, start)))
                .isEqualTo(RejectionReason.INVALID_TRANSITION);
    }

    @Test
    void aRecordedOutcomeIsCorrectedOnlyWithAReasonAndOnlyByStaff() {
        AttendancePolicy policy = new AttendancePolicy(AttendancePolicy.DEFAULT_CHECK_IN_OPENS);
        Instant start = NOW.minus(Duration.ofDays(2));
        Booking fulfilled = booking(start, BookingStatus.FULFILLED);
        Booking noShow = booking(start, BookingStatus.NO_SHOW);

        assertThat(reason(policy.judge(fulfilled, BookingStatus.NO_SHOW, null, false, NOW)))
                .isEqualTo(RejectionReason.REASON_REQUIRED);
        assertThat(policy.judge(fulfilled, BookingStatus.NO_SHOW, ChangeReason.RECORDED_IN_ERROR, false, NOW)
                        .isAllowed())
                .isTrue();
        assertThat(policy.judge(noShow, BookingStatus.FULFILLED, ChangeReason.OTHER, false, NOW)
                        .isAllowed())
                .isTrue();
        assertThat(reason(policy.judge(noShow, BookingStatus.FULFILLED, ChangeReason.RECORDED_IN_ERROR, true, NOW)))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(reason(policy.judge(noShow, BookingStatus.NO_SHOW, ChangeReason.RECORDED_IN_ERROR, false, NOW)))
                .isEqualTo(RejectionReason.INVALID_TRANSITION);
        assertThatThrownBy(() -> new AttendancePolicy(Duration.ofHours(25)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("checkInOpens");
    }

    @Test
    void staffBookAProfessionalWhoDoesNotSpeakTheClientsLanguageOnlyKnowingly() {
        BookingAttempt counsellor = attempt(Set.of(Role.COUNSELLOR), "neuvoja", Channel.COUNSELLING);
        BookingAttempt swedish = language(counsellor, "sv", false);
        assertThat(reason(LanguagePolicy.professionalSpeaksTheClientsLanguage(swedish)))
                .isEqualTo(RejectionReason.LANGUAGE_MISMATCH);
        assertThat(BookingPolicies.judge(swedish)).isInstanceOfSatisfying(Verdict.Rejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo("clientLanguage");
            assertThat(rejected.detail()).contains("Pekka speaks fi, not sv");
        });
        assertThat(LanguagePolicy.professionalSpeaksTheClientsLanguage(language(counsellor, "sv", true))
                        .isAllowed())
                .isTrue();
        assertThat(LanguagePolicy.professionalSpeaksTheClientsLanguage(language(counsellor, "fi", false))
                        .isAllowed())
                .isTrue();
        assertThat(LanguagePolicy.professionalSpeaksTheClientsLanguage(language(counsellor, null, false))
                        .isAllowed())
                .as("no language stated")
                .isTrue();
        assertThat(LanguagePolicy.professionalSpeaksTheClientsLanguage(language(bySelfService(), "sv", false))
                        .isAllowed())
                .as("a client chooses the professional themselves")
                .isTrue();
    }

    private static BookingAttempt language(BookingAttempt a, String language, boolean override) {
        return new BookingAttempt(
                a.roles(),
                a.subject(),
                a.channel(),
                a.forThemselves(),
                a.withReferral(),
                a.overridingClientOverlap(),
                a.byIdentityCode(),
                a.withReachAt(),
                language,
                override,
                a.product(),
                a.resource(),
                a.released(),
                a.start(),
                a.now());
    }

    private static BookedTime time(Instant start) {
        return BookedTime.of(
                PRODUCT, CALENDAR.id(), new TimeInterval(start, start.plus(PRODUCT.duration())), "OFFICE", null);
    }

    private static Booking booking(Instant start, BookingStatus status) {
        return new Booking(
                BookingId.random(),
                ORG,
                time(start),
                "maija",
                "fi",
                Channel.PROFESSIONAL,
                "pekka",
                NOW,
                status,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                0);
    }
}
