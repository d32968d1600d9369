package fi.sote.booking.domain.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.sote.booking.domain.shared.InvalidValueException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The check character catches every mistyped digit: 31 is prime, so changing one digit of the nine
 * (by 1-9 times a power of ten) always changes the remainder. A changed digit either breaks the date
 * or the individual number, or leaves the check character wrong.
 */
class PersonalIdentityCodeProperties {

    private static final String[] VALID = {
        "131052-308T",
        "010594Y9021",
        "020594X903P",
        "030694W9024",
        "040594V9030",
        "050594U903M",
        "010516B903X",
        "020516C902J",
        "030516D9037",
        "290200A1239",
        "010181+900C",
        "311299-0029"
    };

    @Property
    void anyOneMistypedDigitIsRefused(
            @ForAll("valid") String code, @ForAll("digitPositions") int position, @ForAll("shifts") int shift) {
        char digit = code.charAt(position);
        char typo = (char) ('0' + (digit - '0' + shift) % 10);
        String mistyped = code.substring(0, position) + typo + code.substring(position + 1);

        assertThatThrownBy(() -> PersonalIdentityCode.parse("client", mistyped))
                .isInstanceOf(InvalidValueException.class);
    }

    @Provide
    Arbitrary<String> valid() {
        return Arbitraries.of(VALID);
    }

    @Provide
    Arbitrary<Integer> digitPositions() {
        return Arbitraries.of(0, 1, 2, 3, 4, 5, 7, 8, 9);
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(1, 9);
    }
}
