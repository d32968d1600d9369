package fi.sote.booking.adapters.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

import fi.sote.booking.adapters.security.LocalSigningKey;
import fi.sote.booking.adapters.security.SecurityMode;

/**
 * Makes the service runnable with nothing configured: when no JDBC URL is set it starts the
 * {@link EmbeddedDatabase} and points the datasource at it; when no OIDC provider is set it uses
 * the {@link LocalSigningKey} to verify tokens (the "local" security mode).
 *
 * <p>A configuration source is the one place that runs before the datasource and the OIDC
 * extension read their settings, in the packaged service, in dev mode and in the tests alike.
 * Quarkus also consults it while building, when it records the defaults of runtime properties
 * from every property name it can list. So the source lists no names and produces its values
 * only when one is asked for by name, at run time: a build starts no database and bakes in no
 * port.
 */
public final class LocalDefaultsConfigSourceFactory implements ConfigSourceFactory {

    public static final String DATA_DIR = "booking.data-dir";
    public static final String SECURITY_MODE = "booking.security.mode";
    public static final String DEMO_DATA = "booking.demo-data.load";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String SERVICE_ROLE = "booking.database.service-role";
    static final String OIDC_SERVER = "quarkus.oidc.auth-server-url";
    /** Below application.properties (250): anything configured explicitly wins. */
    private static final int ORDINAL = 240;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Path dataDirectory = Path.of(value(context, DATA_DIR).orElse("data"));
        Map<String, Supplier<String>> values = new LinkedHashMap<>();

        boolean embedded = value(context, JDBC_URL).isEmpty()
                && Boolean.parseBoolean(
                        value(context, "booking.embedded-db.enabled").orElse("true"));
        if (embedded) {
            Supplier<EmbeddedDatabase> database = memoize(() -> startEmbedded(context, dataDirectory));
            // migrations as the schema's owner, the service as a role that cannot change the logs
            values.put(JDBC_URL, () -> database.get().serviceJdbcUrl());
            values.put("quarkus.flyway.jdbc-url", () -> database.get().jdbcUrl());
            // Flyway insists on both, though the URL carries them too
            values.put("quarkus.flyway.username", () -> EmbeddedDatabase.OWNER_ROLE);
            values.put("quarkus.flyway.password", () -> database.get().ownerPassword());
            values.put(SERVICE_ROLE, () -> EmbeddedDatabase.SERVICE_ROLE);
            // the embedded default shows a living system; an external database gets demo data only when asked
            values.put(DEMO_DATA, () -> "true");
        }

        if (value(context, OIDC_SERVER).isEmpty()) {
            Supplier<LocalSigningKey> key = memoize(() -> LocalSigningKey.loadOrCreate(dataDirectory.resolve("keys")));
            values.put(SECURITY_MODE, () -> SecurityMode.LOCAL.configValue());
            values.put("quarkus.oidc.public-key", () -> key.get().publicKeyBase64());
            values.put("quarkus.oidc.token.issuer", () -> SecurityMode.LOCAL_ISSUER);
        } else {
            values.put(SECURITY_MODE, () -> SecurityMode.OIDC.configValue());
        }
        return List.of(new LazyConfigSource(values));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static EmbeddedDatabase startEmbedded(ConfigSourceContext context, Path dataDirectory) {
        Path directory = dataDirectory.resolve("postgres");
        if (Boolean.parseBoolean(value(context, "booking.embedded-db.fresh").orElse("false"))
                && System.getProperties().putIfAbsent("booking.embedded-db.freshened", "true") == null) {
            // once per JVM: the test suite starts from an empty database, however often Quarkus restarts; the
            // access log's checkpoints (at their default place) belonged to the database before and go with it
            EmbeddedDatabase.deleteDirectory(directory);
            EmbeddedDatabase.deleteDirectory(dataDirectory.resolve("audit-checkpoints"));
        }
        return EmbeddedDatabase.shared(new EmbeddedDatabase.Settings(
                directory,
                Integer.parseInt(value(context, "booking.embedded-db.port").orElse("0")),
                Boolean.parseBoolean(
                        value(context, "booking.embedded-db.durable").orElse("true")),
                Duration.parse(
                        value(context, "booking.embedded-db.startup-wait").orElse("PT60S"))));
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank()
                ? Optional.empty()
                : Optional.of(value.getValue());
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static final class LazyConfigSource implements ConfigSource {

        private final Map<String, Supplier<String>> values;

        LazyConfigSource(Map<String, Supplier<String>> values) {
            this.values = values;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String propertyName) {
            Supplier<String> value = values.get(propertyName);
            return value == null ? null : value.get();
        }

        @Override
        public String getName() {
            return "booking-local-defaults";
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }
    }
}
