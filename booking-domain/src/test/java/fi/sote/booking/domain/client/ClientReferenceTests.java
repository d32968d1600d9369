package fi.sote.booking.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.sote.booking.domain.shared.InvalidValueException;

class ClientReferenceTests {

    /** Valid codes, a mistyped one, lower case, with blanks, and codes inside longer text. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "131052-308T",
                "131052-308S",
                "010594y9021",
                "131052 - 308T",
                "asiakas 131052-308T",
                "hetu:131052-308T",
                "010594Y9032/2"
            })
    void textHoldingAPersonalIdentityCodeIsNeverAReference(String text) {
        assertThatThrownBy(() -> ClientReference.optional("client", text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("client: must be the client's reference, never a personal identity code")
                .satisfies(refused -> assertThat(refused.getMessage())
                        .doesNotContain(text.strip().substring(0, 6)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"asiakas-4711", "c1-96BCF69D", "0401234567", "ASIAKAS-20240101-17", "hetu:"})
    void ordinaryReferencesPass(String text) {
        assertThat(ClientReference.optional("client", " " + text + " ")).isEqualTo(text);
    }

    @Test
    void anIdentityProvidersUuidSubjectPassesThoughPartOfItHasACodesShape() {
        String subject = "a1150390-1234-4abc-8def-0123456789ab";
        assertThatThrownBy(() -> ClientReference.optional("client", "x150390-1234"))
                .as("the same characters outside a UUID are refused")
                .isInstanceOf(InvalidValueException.class);

        assertThat(ClientReference.optional("client", subject)).isEqualTo(subject);
    }

    @Test
    void theServicesOwnPseudonymPassesWhateverItsHashHappensToSpell() {
        String pseudonym = ClientReference.PSEUDONYM_PREFIX + "abc131052-308T" + "x".repeat(29);
        assertThat(pseudonym).hasSize(ClientReference.PSEUDONYM_PREFIX.length() + 43);

        assertThat(ClientReference.optional("client", pseudonym)).isEqualTo(pseudonym);
    }

    @Test
    void blankIsNoReferenceAndTooLongIsRefused() {
        assertThat(ClientReference.optional("client", "  ")).isNull();
        assertThatThrownBy(() -> ClientReference.optional("client", "x".repeat(129)))
                .isInstanceOf(InvalidValueException.class);
    }
}
