package fi.sote.booking.domain.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;

class VisitTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(15);

    private static Visit visitUntil(Instant end) {
        return Visit.checkIn(
                new OrganisationId("county"),
                ResourceId.random(),
                null,
                CalendarEntryId.random(),
                "worker",
                NOW,
                end,
                GRACE);
    }

    @Test
    void anAlertFallsDueAtThePlannedEndPlusGraceOnlyWhileCheckedIn() {
        Visit visit = visitUntil(NOW.plusSeconds(3600));

        assertThat(visit.alertDueAt()).isEqualTo(NOW.plusSeconds(3600).plus(GRACE));
        assertThat(visit.alertDueAt(NOW.plusSeconds(3600))).isFalse();
        assertThat(visit.alertDueAt(NOW.plusSeconds(3600).plus(GRACE))).isTrue();
        assertThat(visit.checkOut("worker", NOW.plusSeconds(3000)).alertDueAt(NOW.plusSeconds(9000)))
                .isFalse();
    }

    @Test
    void checkingOutAfterAnAlertClosesIt() {
        Visit raised = new Visit(
                visitUntil(NOW.plusSeconds(60)).id(),
                new OrganisationId("county"),
                ResourceId.random(),
                null,
                CalendarEntryId.random(),
                "worker",
                NOW,
                NOW.plusSeconds(60),
                NOW.plusSeconds(960),
                null,
                NOW.plusSeconds(960),
                null,
                null);

        Visit out = raised.checkOut("worker", NOW.plusSeconds(1000));

        assertThat(out.hasOpenAlert()).isFalse();
        assertThat(out.alertClosedBy()).isEqualTo("worker");
        assertThat(out.isOpen()).isFalse();
    }

    @Test
    void aVisitIsCheckedInAtBeforeItEndsAndForAtMostTwelveHours() {
        assertThatThrownBy(() -> visitUntil(NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> visitUntil(NOW.plus(Duration.ofHours(13)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Visit.checkIn(
                        new OrganisationId("county"),
                        ResourceId.random(),
                        null,
                        null,
                        "worker",
                        NOW,
                        NOW.plusSeconds(60),
                        GRACE))
                .isInstanceOf(InvalidValueException.class);
    }
}
