package fi.sote.booking.blackbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import fi.sote.booking.adapters.platform.EmbeddedDatabase;

/**
 * The packaged service with nothing configured (the local security mode, the demo catalogue), started once for the
 * black-box tests that only call it, and stopped after the last of them: {@code @ExtendWith(DemoService.class)} and a
 * {@link PackagedService} parameter. Tests that restart, reconfigure or break the service start their own.
 */
final class DemoService implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoService.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PackagedService.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("service", key -> Running.start(), Running.class)
                .service();
    }

    /** Closed by JUnit with the root store, after the last test. */
    private record Running(PackagedService service, Path directory) implements AutoCloseable {

        static Running start() {
            try {
                Path directory = Files.createTempDirectory("demo-service");
                PackagedService service = new PackagedService(directory);
                service.start(1, Map.of());
                return new Running(service, directory);
            } catch (Exception e) {
                throw new IllegalStateException("The packaged service did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            try {
                service.stop();
            } finally {
                EmbeddedDatabase.deleteDirectory(directory);
            }
        }
    }
}
