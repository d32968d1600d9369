package fi.sote.booking.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationIdTests {

    @ParameterizedTest
    @ValueSource(strings = {"kymenlaakso-demo", "siunsote", "0909907-8", "hva.pohjois_karjala"})
    void acceptsIdentifiersThatAnOidcProviderIssues(String value) {
        assertThat(new OrganisationId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-leading-dash", "has space", "ääkköset", "a/b"})
    void rejectsAnythingThatCouldNotBeATenantKey(String value) {
        assertThatThrownBy(() -> new OrganisationId(value))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("organisation"));
    }

    @Test
    void rejectsOverlongIdentifiers() {
        assertThatThrownBy(() -> new OrganisationId("a".repeat(65))).isInstanceOf(InvalidValueException.class);
        assertThat(new OrganisationId("a".repeat(64)).value()).hasSize(64);
    }
}
