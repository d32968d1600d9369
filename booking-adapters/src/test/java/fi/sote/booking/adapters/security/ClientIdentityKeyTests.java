package fi.sote.booking.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientIdentityKeyTests {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_SECRET =
            Base64.getEncoder().encodeToString("another secret of 32 bytes......".getBytes());

    @TempDir
    Path dataDirectory;

    @Test
    void theHashIsStableForOneKeyAndDiffersBetweenKeys() {
        ClientIdentityKey key = configured(SECRET);

        assertThat(key.hash("demo\n131052-308T"))
                .isEqualTo(configured(SECRET).hash("demo\n131052-308T"))
                .isNotEqualTo(key.hash("demo\n010594Y9021"))
                .isNotEqualTo(configured(OTHER_SECRET).hash("demo\n131052-308T"))
                .doesNotContain("131052");
    }

    @Test
    void aSealedCodeOpensOnlyWithItsKeyAndItsContext() {
        ClientIdentityKey key = configured(SECRET);
        byte[] sealed = key.encrypt("131052-308T", "demo\nhetu:abc");

        assertThat(new String(sealed)).doesNotContain("131052");
        assertThat(key.encrypt("131052-308T", "demo\nhetu:abc"))
                .as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(key.decrypt(sealed, "demo\nhetu:abc")).isEqualTo("131052-308T");
        assertThatThrownBy(() -> key.decrypt(sealed, "demo\nhetu:other")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> configured(OTHER_SECRET).decrypt(sealed, "demo\nhetu:abc"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLocalModeGeneratesItsKeyOnceAndKeepsIt() throws Exception {
        ClientIdentityKey first = new ClientIdentityKey(Optional.empty(), SecurityMode.LOCAL, dataDirectory);
        Path file = dataDirectory.resolve("keys").resolve(ClientIdentityKey.FILE);

        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(new ClientIdentityKey(Optional.empty(), SecurityMode.LOCAL, dataDirectory).hash("x"))
                .isEqualTo(first.hash("x"));
    }

    @Test
    void theOidcModeDoesNotStartWithoutAKeyAndAShortKeyIsRefused() {
        assertThatThrownBy(() -> new ClientIdentityKey(Optional.empty(), SecurityMode.OIDC, dataDirectory))
                .hasMessageContaining("booking.client-identity.key");
        assertThatThrownBy(() -> configured(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> configured("not base64!")).hasMessageContaining("not base64");
    }

    private ClientIdentityKey configured(String secret) {
        return new ClientIdentityKey(Optional.of(secret), SecurityMode.OIDC, dataDirectory);
    }
}
