package fi.sote.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    @Test
    void finnishIsRequiredAndTrimmed() {
        assertThat(new LocalizedText("  Perheneuvola ", null, null).fi()).isEqualTo("Perheneuvola");
        assertThatThrownBy(() -> new LocalizedText(" ", "Familjerådgivning", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("fi");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
    }

    @Test
    void blankOptionalLanguagesAreAbsentRatherThanEmpty() {
        LocalizedText text = new LocalizedText("Perheneuvola", "", "  ");

        assertThat(text.sv()).isNull();
        assertThat(text.en()).isNull();
    }

    @Test
    void overlongTextIsRejectedNamingTheLanguage() {
        assertThatThrownBy(() -> new LocalizedText("Perheneuvola", null, "x".repeat(201)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("en"));
    }
}
