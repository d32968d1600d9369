package fi.sote.booking.adapters.in.rest.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.http.HttpServerRequest;

/**
 * What is wrong with a request's line and headers, checked before anything reads them (the HTTP layer leaves these
 * checks to the service: {@code ServiceMain}): a request line or headers longer than the service takes (414, 431), a
 * request target that is not a URI (a {@code %} without two hexadecimal digits, a space, a control character), a
 * header whose name is not a token or whose value holds a control character. A refusal names the query parameter, the
 * path ({@code path}) or the header at fault.
 */
final class RequestHeads {

    /** The request line's parts besides the target: the method, two spaces and the version. */
    private static final int HTTP_VERSION_LENGTH = "HTTP/1.1".length();

    private final long maxRequestLine;
    private final long maxHeaderSize;

    RequestHeads(long maxRequestLine, long maxHeaderSize) {
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderSize = maxHeaderSize;
    }

    record Refusal(ProblemType type, String detail, List<Problem.FieldError> errors) {}

    Optional<Refusal> check(HttpServerRequest request) {
        String target = request.uri();
        long line = request.method().name().length() + 2L + target.length() + HTTP_VERSION_LENGTH;
        if (line > maxRequestLine) {
            return Optional.of(new Refusal(
                    ProblemType.URI_TOO_LONG,
                    "The request line is " + line + " characters; this service takes at most " + maxRequestLine + ".",
                    List.of()));
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey();
            String value = header.getValue();
            headers += name.length() + 2L + value.length();
            // HTTP/2's pseudo-headers (:method, :path, ...) are the request line's parts, not headers
            if (!isToken(name) && !name.startsWith(":")) {
                return Optional.of(
                        invalid(printable(name), "is not a header name (letters, digits and !#$%&'*+-.^_`|~)"));
            }
            int control = controlCharacter(value);
            if (control >= 0) {
                return Optional.of(invalid(
                        name,
                        "holds the control character U+%04X at %d".formatted((int) value.charAt(control), control)));
            }
        }
        if (headers > maxHeaderSize) {
            return Optional.of(new Refusal(
                    ProblemType.HEADERS_TOO_LARGE,
                    "The headers are " + headers + " characters; this service takes at most " + maxHeaderSize + ".",
                    List.of()));
        }
        return targetError(target);
    }

    /** A target {@link URI} refuses, blamed on the query parameter it is in, or on the path. */
    private static Optional<Refusal> targetError(String target) {
        try {
            new URI(target);
            return Optional.empty();
        } catch (URISyntaxException e) {
            int query = target.indexOf('?');
            String field = "path";
            if (query >= 0 && e.getIndex() > query) {
                int start = target.lastIndexOf('&', e.getIndex()) + 1;
                int parameterStart = Math.max(start, query + 1);
                int equals = target.indexOf('=', parameterStart);
                int end = equals < 0 || equals > e.getIndex() ? e.getIndex() : equals;
                field = parameterStart >= end ? "query" : printable(target.substring(parameterStart, end));
            }
            return Optional.of(invalid(field, reason(target, e.getIndex())));
        }
    }

    private static String reason(String target, int index) {
        if (index < 0 || index >= target.length()) {
            return "is not part of a URI";
        }
        char at = target.charAt(index);
        return at == '%'
                ? "holds a % that two hexadecimal digits do not follow; write a % itself as %25"
                : "holds the character U+%04X, which a URI must percent-encode".formatted((int) at);
    }

    private static Refusal invalid(String field, String message) {
        return new Refusal(
                ProblemType.VALIDATION, field + " " + message, List.of(new Problem.FieldError(field, message)));
    }

    /** RFC 9110's token: what a header name is made of. */
    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean tchar = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first control character (other than a tab) in a header value, or -1. */
    private static int controlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && c != '\t') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every character outside printable ASCII written as U+XXXX, so a problem quotes it safely. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c > ' ' && c < 0x7f ? String.valueOf((char) c) : "U+%04X".formatted(c)));
        return out.toString();
    }
}
