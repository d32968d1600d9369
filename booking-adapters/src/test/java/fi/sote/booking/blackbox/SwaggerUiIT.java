package fi.sote.booking.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swagger UI, as a frontend developer opens it on the packaged service, renders every operation of the contract with
 * its responses, in a real browser: headless Chromium driven by {@code openapi/browser/swagger-ui.sh}.
 */
class SwaggerUiIT {

    private static final Path SCRIPT =
            Path.of(System.getProperty("booking.swagger-ui-check", "../openapi/browser/swagger-ui.sh"));

    @TempDir
    Path dataDirectory;

    private PackagedService service;

    @AfterEach
    void stopService() throws Exception {
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void swaggerUiRendersEveryOperationWithItsResponses() throws Exception {
        service = new PackagedService(dataDirectory);
        service.start(1, Map.of());
        Path output = dataDirectory.resolve("swagger-ui.txt");

        Process check = new ProcessBuilder(
                        List.of("bash", SCRIPT.toAbsolutePath().toString(), service.baseUrl() + "/q/swagger-ui/"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = check.waitFor(5, TimeUnit.MINUTES);
        String report = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(finished)
                .as("the browser check finishes within five minutes:%n%s", report)
                .isTrue();
        assertThat(check.exitValue()).as(report).isZero();
        assertThat(report).containsPattern("(\\d+) operations, \\1 rendered with their responses");
    }
}
