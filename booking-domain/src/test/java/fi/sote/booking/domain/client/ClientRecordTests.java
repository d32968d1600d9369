package fi.sote.booking.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.notification.MessageChannel;
import fi.sote.booking.domain.shared.InvalidValueException;

/** Where a client may be sent messages: the record's contact details, within what turvakielto allows. */
class ClientRecordTests {

    private static ClientRecord record(boolean nonDisclosure, Set<MessageChannel> channels) {
        return new ClientRecord(
                "ASIAKAS-1", "Maija", "040 123 4567", null, nonDisclosure, Set.of(), "maija@example.fi", channels);
    }

    @Test
    void withoutTurvakieltoEveryChannelWithContactDetailsReachesTheClient() {
        assertThat(record(false, null).reachableBy(MessageChannel.EMAIL)).contains("maija@example.fi");
        assertThat(record(false, null).reachableBy(MessageChannel.SMS)).contains("040 123 4567");
        assertThat(new ClientRecord("ASIAKAS-2", null, null, null, false, Set.of()).reachableBy(MessageChannel.EMAIL))
                .as("no address")
                .isEmpty();
    }

    @Test
    void underTurvakieltoOnlyTheChannelsTheRecordNamesReachTheClient() {
        assertThat(record(true, null).reachableBy(MessageChannel.EMAIL)).isEmpty();
        assertThat(record(true, null).reachableBy(MessageChannel.SMS)).isEmpty();
        assertThat(record(true, Set.of(MessageChannel.SMS)).reachableBy(MessageChannel.SMS))
                .contains("040 123 4567");
        assertThat(record(true, Set.of(MessageChannel.SMS)).reachableBy(MessageChannel.EMAIL))
                .isEmpty();
    }

    @Test
    void theChannelsTheRecordNamesAreTheOnlyOnesEvenWithoutTurvakielto() {
        assertThat(record(false, Set.of()).reachableBy(MessageChannel.EMAIL)).isEmpty();
        assertThat(record(false, Set.of(MessageChannel.EMAIL)).reachableBy(MessageChannel.SMS))
                .isEmpty();
    }

    @Test
    void anEMailAddressMustLookLikeOne() {
        assertThatThrownBy(() -> new ClientRecord("A", null, null, null, false, Set.of(), "not an address", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("email");
    }
}
