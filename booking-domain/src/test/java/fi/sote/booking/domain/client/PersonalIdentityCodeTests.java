package fi.sote.booking.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fi.sote.booking.domain.shared.InvalidValueException;

class PersonalIdentityCodeTests {

    /** Published examples (the Digital and Population Data Services Agency's for the 2023 signs) and their birth dates. */
    @ParameterizedTest
    @CsvSource({
        "131052-308T, 1952-10-13",
        "010594Y9021, 1994-05-01",
        "010594Y9032, 1994-05-01",
        "020594X903P, 1994-05-02",
        "020594X902N, 1994-05-02",
        "030594W903B, 1994-05-03",
        "030694W9024, 1994-06-03",
        "040594V9030, 1994-05-04",
        "050594U903M, 1994-05-05",
        "050594U902L, 1994-05-05",
        "010516B903X, 2016-05-01",
        "010516B902W, 2016-05-01",
        "020516C903K, 2016-05-02",
        "020516C902J, 2016-05-02",
        "030516D9037, 2016-05-03",
        "030516D9026, 2016-05-03",
        "290200A1239, 2000-02-29",
        "010100A002H, 2000-01-01",
        "010181+900C, 1881-01-01",
        "311299-0029, 1999-12-31"
    })
    void validCodesOfEveryCenturyAndSignAreAccepted(String text, LocalDate birthDate) {
        PersonalIdentityCode code = PersonalIdentityCode.parse("client", text);

        assertThat(code.value()).isEqualTo(text);
        assertThat(code.birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest
    @CsvSource({
        "131052-308S, has a check character that does not match",
        "131052-309T, has a check character that does not match",
        "010594Y9022, has a check character that does not match",
        "290200-1239, does not begin with a date that exists",
        "290201A123J, does not begin with a date that exists",
        "310494-123E, does not begin with a date that exists",
        "311299-0007, has an individual number that is never given (000 or 001)",
        "311299-0018, has an individual number that is never given (000 or 001)",
        "131052G308T, 'has an unknown century sign (+, -, Y, X, W, V, U, A, B, C, D, E or F)'",
        "131052*308T, 'has an unknown century sign (+, -, Y, X, W, V, U, A, B, C, D, E or F)'",
        "131052-308, 'must be a personal identity code: DDMMYY, a century sign, three digits and a check character'",
        "131052-308TT, 'must be a personal identity code: DDMMYY, a century sign, three digits and a check character'",
        "13105X-308T, 'must be a personal identity code: DDMMYY, a century sign, three digits and a check character'"
    })
    void invalidCodesAreRefusedWithTheReasonButNotTheCode(String text, String reason) {
        assertThatThrownBy(() -> PersonalIdentityCode.parse("client", text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("client");
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain(text.substring(0, 6));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aMissingCodeIsRequired(String text) {
        assertThatThrownBy(() -> PersonalIdentityCode.parse("client", text)).hasMessage("client: is required");
        assertThatThrownBy(() -> PersonalIdentityCode.parse("client", null)).hasMessage("client: is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {" 131052-308t ", "131052-308t"})
    void blanksAndLowerCaseAreForgiven(String text) {
        assertThat(PersonalIdentityCode.parse("client", text))
                .isEqualTo(PersonalIdentityCode.parse("client", "131052-308T"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"211184-9015", "010181+900C"})
    void individualNumbersFrom900AreTemporaryCodes(String text) {
        assertThat(PersonalIdentityCode.parse("client", text).temporary()).isTrue();
        assertThat(PersonalIdentityCode.parse("client", "131052-308T").temporary())
                .isFalse();
    }

    @Test
    void theCodeNeverShowsInText() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("client", "131052-308T");

        assertThat(code.toString()).doesNotContain("131052").doesNotContain("308T");
        assertThat(List.of(code).toString()).doesNotContain("131052");
    }
}
