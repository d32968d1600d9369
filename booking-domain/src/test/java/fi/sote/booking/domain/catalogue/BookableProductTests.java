package fi.sote.booking.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.shared.GuidanceText;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

class BookableProductTests {

    private static BookableProduct remindedBefore(Duration reminder) {
        return new BookableProduct(
                BookableProductId.random(),
                new OrganisationId("county"),
                "P",
                SocialServiceId.random(),
                LocalizedText.finnish("Lastensuojelun ensikäynti"),
                Duration.ofMinutes(60),
                Set.of("OFFICE"),
                1,
                Set.of(Channel.COUNSELLING),
                new SelfServiceRules(Duration.ofHours(24), Duration.ofDays(60), Duration.ofHours(24)),
                Duration.ZERO,
                Duration.ZERO,
                new GuidanceText("Tervetuloa", null, null),
                reminder,
                false);
    }

    @Test
    void aReminderIsWholeMinutesFromAQuarterOfAnHourToTwoWeeksOrNone() {
        assertThat(remindedBefore(Duration.ofMinutes(15)).reminderBefore()).isEqualTo(Duration.ofMinutes(15));
        assertThat(remindedBefore(Duration.ofDays(14)).reminderBefore()).isEqualTo(Duration.ofDays(14));
        assertThat(remindedBefore(null).reminderBefore()).isNull();
        for (Duration wrong : new Duration[] {
            Duration.ofMinutes(14),
            Duration.ofDays(14).plusMinutes(1),
            Duration.ofMinutes(30).plusSeconds(1)
        }) {
            assertThatThrownBy(() -> remindedBefore(wrong))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("reminderBeforeMinutes");
        }
    }

    @Test
    void byDefaultAProductHasNoReminderAndATextMessageDoesNotNameIt() {
        BookableProduct product = remindedBefore(Duration.ofDays(1));
        BookableProduct plain = new BookableProduct(
                product.id(),
                product.organisation(),
                product.code(),
                product.socialService(),
                product.name(),
                product.duration(),
                product.contactModes(),
                product.capacity(),
                product.channels(),
                product.selfService(),
                product.bufferBefore(),
                product.bufferAfter(),
                product.guidance());

        assertThat(plain.reminderBefore()).isNull();
        assertThat(plain.textNamesService()).isFalse();
    }

    @Test
    void aRoomIsNeededOnlyInContactModesOfTheProductAndByDefaultInNone() {
        BookableProduct product = remindedBefore(null);
        BookableProduct inRoom = withRoomFor(product, Set.of("OFFICE"));

        assertThat(product.needsRoomFor("OFFICE")).isFalse();
        assertThat(inRoom.needsRoomFor("OFFICE")).isTrue();
        assertThat(inRoom.needsRoomFor("PHONE")).isFalse();
        assertThatThrownBy(() -> withRoomFor(product, Set.of("OFFICE", "PHONE")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("roomNeededFor: must name contact modes of the product; PHONE is not one");
    }

    private static BookableProduct withRoomFor(BookableProduct product, Set<String> modes) {
        return new BookableProduct(
                product.id(),
                product.organisation(),
                product.code(),
                product.socialService(),
                product.name(),
                product.duration(),
                product.contactModes(),
                product.capacity(),
                product.channels(),
                product.selfService(),
                product.bufferBefore(),
                product.bufferAfter(),
                product.guidance(),
                product.reminderBefore(),
                product.textNamesService(),
                modes);
    }

    @Test
    void aChangeNamesTheFieldsThatDifferAndMakesTheNextVersionAndTheCodeStays() {
        BookableProduct product = remindedBefore(null);
        BookableProduct wanted = withRoomFor(product, Set.of("OFFICE"));

        Kept.Change<BookableProduct> change = product.changedTo(wanted);

        assertThat(change.fields()).containsExactly("roomNeededFor");
        assertThat(change.item().version()).isEqualTo(1);
        assertThat(change.item().needsRoomFor("OFFICE")).isTrue();
        assertThat(change.item().changedTo(change.item()).fields()).isEmpty();
        BookableProduct renamed = new BookableProduct(
                product.id(),
                product.organisation(),
                "OTHER",
                product.socialService(),
                product.name(),
                product.duration(),
                product.contactModes(),
                product.capacity(),
                product.channels(),
                product.selfService(),
                product.bufferBefore(),
                product.bufferAfter(),
                product.guidance());
        assertThatThrownBy(() -> product.changedTo(renamed))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("code: cannot be changed");
    }

    @Test
    void aRetiredProductIsTheNextVersionAndKeepsEverythingElse() {
        BookableProduct product = remindedBefore(Duration.ofDays(1));

        BookableProduct retired = product.retire();

        assertThat(retired.retired()).isTrue();
        assertThat(retired.version()).isEqualTo(1);
        assertThat(product.changedTo(retired).fields()).isEmpty();
        assertThat(retired.reminderBefore()).isEqualTo(Duration.ofDays(1));
    }

    private static final BookableProduct COUNSELLING_ONLY = remindedBefore(null);

    private static BookableProduct openingFrom(Map<Channel, LocalDate> channelsFrom) {
        BookableProduct product = COUNSELLING_ONLY;
        return new BookableProduct(
                product.id(),
                product.organisation(),
                product.code(),
                product.socialService(),
                product.name(),
                product.duration(),
                product.contactModes(),
                product.capacity(),
                Set.of(Channel.COUNSELLING, Channel.CLIENT_SELF_SERVICE),
                product.selfService(),
                product.bufferBefore(),
                product.bufferAfter(),
                product.guidance(),
                product.reminderBefore(),
                false,
                Set.of(),
                0,
                false,
                channelsFrom);
    }

    @Test
    void aChannelOpeningLaterIsOpenFromItsDayInFinlandAndOnlyAChannelOfTheProductOpensLater() {
        BookableProduct product = openingFrom(Map.of(Channel.CLIENT_SELF_SERVICE, LocalDate.of(2027, 1, 4)));

        // 21:59 UTC on the 3rd is the 3rd in Finland; 22:00 UTC is the 4th
        assertThat(product.channelsOpenAt(Instant.parse("2027-01-03T21:59:00Z")))
                .containsExactly(Channel.COUNSELLING);
        assertThat(product.channelsOpenAt(Instant.parse("2027-01-03T22:00:00Z")))
                .containsExactlyInAnyOrder(Channel.COUNSELLING, Channel.CLIENT_SELF_SERVICE);
        assertThat(product.openThrough(Channel.INTEGRATION, LocalDate.of(2027, 2, 1)))
                .isFalse();
        assertThatThrownBy(() -> openingFrom(Map.of(Channel.INTEGRATION, LocalDate.of(2027, 1, 4))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("channelsFrom"));
        assertThat(product.changedTo(openingFrom(Map.of())).fields()).containsExactly("channelsFrom");
    }
}
