package fi.sote.booking.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;

class StaffContactTests {

    private static final OrganisationId ORGANISATION = new OrganisationId("county");

    @Test
    void aContactReachesByTheChannelsItHasAnAddressForInFinnishUnlessItSaysOtherwise() {
        StaffContact contact = new StaffContact(ORGANISATION, "sari", "sari@example.fi", null, null, "juha");

        assertThat(contact.reachableBy(MessageChannel.EMAIL)).contains("sari@example.fi");
        assertThat(contact.reachableBy(MessageChannel.SMS)).isEmpty();
        assertThat(contact.language()).isEqualTo("fi");
    }

    @Test
    void badAddressesLanguagesAndOneselfAsSecondContactNameTheField() {
        assertThatThrownBy(() -> new StaffContact(ORGANISATION, "sari", "sari.example.fi", null, "fi", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("email");
        assertThatThrownBy(() -> new StaffContact(ORGANISATION, "sari", null, "call me", "fi", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("phone");
        assertThatThrownBy(() -> new StaffContact(ORGANISATION, "sari", null, "+358 40 123 4567", "de", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("language");
        assertThatThrownBy(() -> new StaffContact(ORGANISATION, "sari", null, null, "fi", "sari"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("secondContact");
    }
}
