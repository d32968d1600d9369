package fi.sote.booking.adapters.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Judges every request a test sends through RestAssured, and the response to it, by the contract, and fails the
 * request on the first violation. Installed for every {@code @QuarkusTest} by {@link ContractValidationCallback}.
 */
public final class ContractValidationFilter implements OrderedFilter {

    private final Supplier<Contract> contract;
    private volatile Contract judge;

    private ContractValidationFilter(Supplier<Contract> contract) {
        this.contract = contract;
    }

    /**
     * Puts the filter in front of every RestAssured request of this class loader, once.
     *
     * @param contract the contract, read when the first request is sent
     */
    static void install(Supplier<Contract> contract) {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter(contract));
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        if (judge == null) {
            judge = contract.get();
        }
        Exchange.Target target = Exchange.Target.of(uri);
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : request.getHeaders()) {
            headers.put(header.getName().toLowerCase(Locale.ROOT), header.getValue());
        }
        Exchange exchange = new Exchange(
                request.getMethod(),
                target.path(),
                target.query(),
                headers,
                request.getContentType(),
                text(request.getBody()),
                response.getStatusCode(),
                response.getContentType(),
                response.asString());
        List<String> violations = judge.violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError("The exchange breaks openapi/booking-api.yaml:\n  "
                    + String.join("\n  ", violations) + "\nResponse body: " + exchange.responseBody());
        }
        if (Boolean.getBoolean("booking.openapi.refresh")) {
            ContractExamples.recordMissing(judge, exchange);
        }
        return response;
    }

    private static String text(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }

    /** After the other filters (authentication among them), so that the request is judged as it is sent. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
