package fi.sote.booking.adapters.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where the local mode is not allowed (the container image), a missing identity provider stops the start. */
class LocalModeAllowedTests {

    @Test
    void theLocalModeWhereItIsNotAllowedStopsTheStartSayingWhatToSet() {
        assertThatThrownBy(() -> LocalModeAllowed.check(SecurityMode.LOCAL, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUARKUS_OIDC_AUTH_SERVER_URL")
                .hasMessageContaining("BOOKING_SECURITY_LOCAL_ALLOWED=true");
    }

    @Test
    void theLocalModeWhereAllowedAndTheOidcModeAlwaysStart() {
        assertThatCode(() -> LocalModeAllowed.check(SecurityMode.LOCAL, true)).doesNotThrowAnyException();
        assertThatCode(() -> LocalModeAllowed.check(SecurityMode.OIDC, false)).doesNotThrowAnyException();
    }
}
