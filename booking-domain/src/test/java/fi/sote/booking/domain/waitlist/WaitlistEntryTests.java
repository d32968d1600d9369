package fi.sote.booking.domain.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;

class WaitlistEntryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final BookableProductId PRODUCT = BookableProductId.random();

    private static WaitlistEntry join(LocalDate from, LocalDate to) {
        return WaitlistEntry.join(
                new OrganisationId("o"),
                "client-1",
                PRODUCT,
                null,
                from,
                to,
                "OFFICE",
                "sv",
                Channel.CLIENT_SELF_SERVICE,
                "client-1",
                NOW,
                TODAY);
    }

    @Test
    void aWaitStartsNoEarlierThanTodayAndEndsWithinAYear() {
        assertThat(join(TODAY.minusDays(3), TODAY.plusDays(3)).from()).isEqualTo(TODAY);
        assertThat(join(TODAY, TODAY.plusDays(WaitlistEntry.LONGEST_WAIT_DAYS)).status())
                .isEqualTo(WaitlistStatus.WAITING);
        assertThatThrownBy(() -> join(TODAY, TODAY.plusDays(WaitlistEntry.LONGEST_WAIT_DAYS + 1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> join(TODAY.minusDays(3), TODAY.minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> WaitlistEntry.join(
                        new OrganisationId("o"),
                        "client-1",
                        PRODUCT,
                        SocialServiceId.random(),
                        TODAY,
                        TODAY,
                        null,
                        null,
                        Channel.COUNSELLING,
                        "kaisa",
                        NOW,
                        TODAY))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("productId"));
    }

    @Test
    void aTimeLetGoIsRememberedAndTheEntryWaitsAgainWithItsPlace() {
        WaitlistEntry waiting = join(TODAY, TODAY.plusDays(7));
        ResourceId resource = ResourceId.random();
        Instant start = Instant.parse("2026-11-25T08:00:00Z");
        WaitlistEntry offered = waiting.offered(BookingId.random(), NOW.plusSeconds(3600));
        assertThat(offered.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered.offers()).isEqualTo(1);
        assertThatThrownBy(() -> offered.offered(BookingId.random(), NOW)).isInstanceOf(IllegalStateException.class);

        WaitlistEntry again = offered.letGo(resource, start);
        assertThat(again.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(again.offer()).isNull();
        assertThat(again.passedOn(resource, start)).isTrue();
        assertThat(again.passedOn(resource, start.plusSeconds(3600))).isFalse();
        assertThat(again.joinedAt()).isEqualTo(waiting.joinedAt());
        assertThat(WaitlistEntry.FAIR_ORDER.compare(again, waiting)).isZero();

        WaitlistEntry withdrawn = again.withdrawn(NOW);
        assertThat(withdrawn.status().open()).isFalse();
        assertThatThrownBy(() -> withdrawn.ended(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(withdrawn.nextVersion().version()).isEqualTo(withdrawn.version() + 1);
    }
}
