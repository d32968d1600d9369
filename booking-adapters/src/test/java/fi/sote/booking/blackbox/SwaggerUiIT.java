package fi.sote.booking.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swagger UI, as a frontend developer opens it on the packaged service, lists every operation of the contract without
 * an error and renders each with its responses, in a real browser: headless Chromium driven by
 * {@code web/test/browser.sh swagger-ui}, which expands the operations in documents narrowed to one path each (Swagger
 * UI resolves the whole document again on every expansion).
 */
@ExtendWith(DemoService.class)
class SwaggerUiIT {

    @TempDir
    Path directory;

    @Test
    void swaggerUiRendersEveryOperationWithItsResponses(PackagedService service) throws Exception {
        String report = BrowserCheck.run(
                WebPagesIT.BROWSER_TEST,
                directory.resolve("swagger-ui.txt"),
                "swagger-ui",
                service.baseUrl() + "/q/swagger-ui/");

        assertThat(report).containsPattern("(\\d+) operations, \\1 rendered with their responses");
    }
}
