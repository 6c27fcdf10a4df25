package se.valedger.projection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh PostgreSQL database for one projection test, with the projection's own Flyway migrations
 * ({@code db/projections/<location>}) applied to its schema, as the application does at start. The server is the
 * README's rule for tests: {@code SPRING_DATASOURCE_URL} (default the local one,
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}) when it answers, else an embedded PostgreSQL started once for
 * this JVM. The database is named like infra's test databases ({@code valedger_it_<epoch>_<hex>}), so infra's
 * clean-up drops it after a few hours.
 */
public final class ProjectionDatabase {

    private static final String USER = env("SPRING_DATASOURCE_USERNAME", "postgres");
    private static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");
    private static String server;
    private static EmbeddedPostgres embedded;

    private ProjectionDatabase() {
    }

    /** A new database with {@code schema} migrated from {@code classpath:db/projections/<location>}. */
    public static JdbcTemplate migrated(String schema, String location) {
        String url = server();
        String name = "valedger_it_" + Instant.now().getEpochSecond() + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + url + ": " + e.getMessage(), e);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), USER, PASSWORD);
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .table("flyway_schema_history").locations("classpath:db/projections/" + location).load().migrate();
        return new JdbcTemplate(dataSource);
    }

    private static synchronized String server() {
        if (server == null) {
            String configured = env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            try (Connection ignored = DriverManager.getConnection(configured, USER, PASSWORD)) {
                server = configured;
            } catch (SQLException none) {
                server = startEmbedded();
            }
        }
        return server;
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            return "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL answers and the embedded one could not start: "
                    + e.getMessage(), e);
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
