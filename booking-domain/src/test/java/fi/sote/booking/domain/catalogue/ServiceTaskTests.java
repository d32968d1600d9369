package fi.sote.booking.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.LocalizedText;
import fi.sote.booking.domain.shared.OrganisationId;

class ServiceTaskTests {

    private static final OrganisationId ORGANISATION = new OrganisationId("kymenlaakso-demo");
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void registeringGivesANewIdentityAndTheRegistrationTime() {
        ServiceTask first = ServiceTask.register(ORGANISATION, "FAMILIES", LocalizedText.finnish("Lapsiperheet"), NOW);
        ServiceTask second = ServiceTask.register(ORGANISATION, "FAMILIES", LocalizedText.finnish("Lapsiperheet"), NOW);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.createdAt()).isEqualTo(NOW);
        assertThat(first.organisation()).isEqualTo(ORGANISATION);
    }

    @Test
    void codeIsTrimmedAndUpperCasedSoThatSpellingsOfOneCodeAreTheSame() {
        ServiceTask task =
                ServiceTask.register(ORGANISATION, "  child-protection ", LocalizedText.finnish("Lastensuojelu"), NOW);

        assertThat(task.code()).isEqualTo("CHILD-PROTECTION");
    }

    @Test
    void codeWithCharactersOutsideTheCodeAlphabetIsRejectedNamingTheField() {
        assertThatThrownBy(() -> ServiceTask.register(ORGANISATION, "perhe työ", LocalizedText.finnish("x"), NOW))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> ServiceTask.register(ORGANISATION, "A".repeat(41), LocalizedText.finnish("x"), NOW))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void aServiceTaskNeedsAName() {
        assertThatThrownBy(() -> ServiceTask.register(ORGANISATION, "FAMILIES", null, NOW))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
