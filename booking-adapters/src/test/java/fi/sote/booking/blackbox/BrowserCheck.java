package fi.sote.booking.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A script of the repository (a check in headless Chromium, or the build of the web pages): passed when it exits 0
 * within five minutes.
 */
final class BrowserCheck {

    private BrowserCheck() {}

    /** Runs {@code bash script arguments...} and returns what it printed, having asserted that it passed. */
    static String run(Path script, Path output, String... arguments) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("bash", script.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        Process check = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = check.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            check.destroyForcibly();
        }
        String report = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished)
                .as("the browser check finishes within five minutes:%n%s", report)
                .isTrue();
        assertThat(check.exitValue()).as(report).isZero();
        return report;
    }
}
