package fi.sote.booking.adapters.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts every {@code @QuarkusTest} under contract validation (registered in
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}). While the contract is
 * being refreshed ({@code -Dbooking.openapi.refresh=true}) the exchanges are judged by the contract the code
 * generates, which is about to be committed.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractValidationFilter.install(() -> Boolean.getBoolean("booking.openapi.refresh")
                ? Contract.parse(generated(URI.create(
                        ConfigProvider.getConfig().getValue("test.url", String.class) + "/q/openapi?format=yaml")))
                : Contract.committed());
    }

    private static String generated(URI uri) {
        try {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
