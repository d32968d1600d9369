package fi.sote.booking.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.shared.InvalidValueException;

class BookingReferenceTests {

    private static final long KEY = 0x5EC2E7L;

    @Test
    void distinctNumbersGiveDistinctReferencesThatDoNotCountUp() {
        Set<String> seen = new HashSet<>();
        String previous = null;
        int following = 0;
        for (long number = 0; number < 200_000; number++) {
            BookingId id = BookingReference.idFor(number, KEY);
            String reference = BookingReference.of(id);
            assertThat(seen.add(reference)).as("reference of %d", number).isTrue();
            assertThat(id.value().version()).isEqualTo(4);
            if (previous != null && Long.parseLong(reference, 16) == Long.parseLong(previous, 16) + 1) {
                following++;
            }
            previous = reference;
        }
        assertThat(following).as("references that follow the previous one").isLessThan(10);
        assertThat(BookingReference.of(BookingReference.idFor(7, KEY)))
                .isNotEqualTo(BookingReference.of(BookingReference.idFor(7, KEY + 1)));
    }

    @Test
    void aReferenceIsReadAsTypedAndNamesTheRangeOfItsIds() {
        BookingId id = BookingReference.idFor(42, KEY);
        String reference = BookingReference.of(id);
        String spoken = reference.substring(0, 4).toLowerCase() + " - " + reference.substring(4);
        assertThat(BookingReference.parse("reference", spoken)).isEqualTo(reference);
        BookingId[] range = BookingReference.range(reference);
        assertThat(range[0].value().compareTo(id.value())).isNegative();
        assertThat(range[1].value().compareTo(id.value())).isPositive();
        assertThat(BookingReference.of(range[0])).isEqualTo(reference);
        assertThat(BookingReference.of(range[1])).isEqualTo(reference);
        assertThatThrownBy(() -> BookingReference.parse("reference", "0DBB7D5"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("reference");
        assertThatThrownBy(() -> BookingReference.parse("reference", "0DBB7D5G"))
                .isInstanceOf(InvalidValueException.class);
    }
}
