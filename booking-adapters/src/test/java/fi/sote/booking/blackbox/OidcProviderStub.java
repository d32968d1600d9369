package fi.sote.booking.blackbox;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.smallrye.jwt.build.Jwt;

/**
 * A minimal OIDC provider on localhost: discovery document and JWKS over real HTTP, so that
 * quarkus-oidc in the service does its real discovery and key fetching. It signs tokens with a key
 * of its own, shaped like Keycloak's.
 */
final class OidcProviderStub implements AutoCloseable {

    private final HttpServer server;
    private final KeyPair keys;

    OidcProviderStub() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","token_endpoint":"%1$s/token",
                 "authorization_endpoint":"%1$s/auth","id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer())));
        server.createContext(
                "/jwks",
                exchange -> json(exchange, """
                {"keys":[{"kty":"RSA","kid":"stub","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}""".formatted(
                                base64url(((RSAPublicKey) keys.getPublic()).getModulus()),
                                base64url(((RSAPublicKey) keys.getPublic()).getPublicExponent()))));
        server.start();
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    String token(String subject, String organisation, List<String> roles) {
        return Jwt.claims(Map.of("organisation", organisation, "realm_access", Map.of("roles", roles)))
                .issuer(issuer())
                .audience("booking-api")
                .subject(subject)
                .expiresIn(Duration.ofMinutes(10))
                .jws()
                .keyId("stub")
                .sign(keys.getPrivate());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String base64url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
