package se.valedger.projection;

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
 * ({@code db/projections/<location>}) applied to its schema, as the application does at start. The server is
 * {@code SPRING_DATASOURCE_URL} (default the local one, {@code jdbc:postgresql://127.0.0.1:5432/postgres}); when
 * none answers the test is skipped with a message (query-side has no embedded server of its own). The
 * database is named like infra's test databases ({@code valedger_it_<epoch>_<hex>}), so infra's clean-up
 * drops it after a few hours.
 */
public final class ProjectionDatabase {

    private static final String SERVER = env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("SPRING_DATASOURCE_USERNAME", "postgres");
    private static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");

    private ProjectionDatabase() {
    }

    /** A new database with {@code schema} migrated from {@code classpath:db/projections/<location>}. */
    public static JdbcTemplate migrated(String schema, String location) {
        String name = "valedger_it_" + Instant.now().getEpochSecond() + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The projection tests need PostgreSQL and none answers at " + SERVER
                    + " (README, The two commands): " + e.getMessage(), e);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                SERVER.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), USER, PASSWORD);
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .table("flyway_schema_history").locations("classpath:db/projections/" + location).load().migrate();
        return new JdbcTemplate(dataSource);
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
