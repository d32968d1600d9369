package fi.sote.booking.adapters.contract;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request and the response to it, as a test sent and received them.
 *
 * @param path the decoded path, without the query
 * @param query the decoded query parameters, each with its values in order
 * @param headers the request's headers, names in lower case
 */
public record Exchange(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        String requestContentType,
        String requestBody,
        int status,
        String responseContentType,
        String responseBody) {

    /** The path and query of a request URI, decoded. */
    public record Target(String path, Map<String, List<String>> query) {

        public static Target of(URI uri) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            String raw = uri.getRawQuery();
            if (raw != null && !raw.isEmpty()) {
                for (String pair : raw.split("&")) {
                    int equals = pair.indexOf('=');
                    String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                    String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                    query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                }
            }
            return new Target(uri.getPath(), query);
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    /** The media type without its parameters, in lower case; empty when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
