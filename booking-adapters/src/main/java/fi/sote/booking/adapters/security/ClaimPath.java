package fi.sote.booking.adapters.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;

/**
 * A claim name that may point into nested objects, written with '/' as quarkus-oidc writes its
 * role claim path ({@code realm_access/roles} for Keycloak).
 */
record ClaimPath(String path) {

    ClaimPath {
        if (path == null || path.isBlank() || path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("A claim path is one or more names separated by '/': " + path);
        }
    }

    /** The single text value at this path: a string, or an array holding exactly one string. */
    Optional<String> text(JsonWebToken token) {
        String[] names = path.split("/");
        // the verified claim set itself: JsonWebToken.getClaim throws and catches an exception inside
        // smallrye-jwt for every claim name the MicroProfile JWT specification does not define
        Object value = token instanceof OidcJwtCallerPrincipal principal
                ? principal.getClaims().getClaimValue(names[0])
                : token.getClaim(names[0]);
        for (int i = 1; i < names.length && value != null; i++) {
            value = value instanceof JsonObject object
                    ? object.get(names[i])
                    : value instanceof Map<?, ?> map ? map.get(names[i]) : null;
        }
        if (value instanceof JsonArray array && array.size() == 1) {
            value = array.get(0);
        }
        if (value instanceof Collection<?> list && list.size() == 1) {
            value = list.iterator().next();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        return value instanceof String string && !string.isBlank() ? Optional.of(string) : Optional.empty();
    }

    /** Places {@code value} at this path in a claim set being built, creating the objects on the way. */
    @SuppressWarnings("unchecked")
    void put(Map<String, Object> claims, Object value) {
        String[] names = path.split("/");
        Map<String, Object> current = claims;
        for (int i = 0; i < names.length - 1; i++) {
            current = (Map<String, Object>) current.computeIfAbsent(names[i], name -> new LinkedHashMap<>());
        }
        current.put(names[names.length - 1], value instanceof Collection<?> c ? new ArrayList<>(c) : value);
    }
}
