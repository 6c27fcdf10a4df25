package se.valedger.boot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before anything touches the database, which PostgreSQL the application uses
 * ({@code valedger.database-mode}) and points {@code spring.datasource.*} at it.
 */
public class DatabaseModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "valedger-database-mode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        DatabaseMode mode = DatabaseMode.parse(environment.getProperty("valedger.database-mode"));
        String url = environment.getProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/postgres");
        String user = environment.getProperty("spring.datasource.username", "postgres");
        String password = environment.getProperty("spring.datasource.password", "");
        Map<String, Object> resolved = new HashMap<>();
        switch (mode) {
            case EXTERNAL -> requireAnswer(url, user, password);
            case EMBEDDED -> resolved.putAll(embedded(environment));
            case AUTO -> {
                if (answers(url, user, password) != null) {
                    resolved.putAll(embedded(environment));
                }
            }
        }
        resolved.put("valedger.database-mode.resolved", resolved.containsKey("spring.datasource.url")
                ? DatabaseMode.EMBEDDED.name() : DatabaseMode.EXTERNAL.name());
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, resolved));
    }

    private static Map<String, Object> embedded(ConfigurableEnvironment environment) {
        Path dataDirectory = Path.of(environment.getProperty("valedger.embedded.data-directory", "./data/postgres"));
        int port = environment.getProperty("valedger.embedded.port", Integer.class, 54329);
        Map<String, Object> properties = new HashMap<>(EmbeddedPostgresServer.credentials());
        properties.put("spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(dataDirectory, port, "postgres"));
        return properties;
    }

    private static void requireAnswer(String url, String user, String password) {
        SQLException failure = answers(url, user, password);
        if (failure != null) {
            throw new IllegalStateException("VALEDGER_DATABASE_MODE=external but PostgreSQL at " + url
                    + " does not answer (" + failure.getMessage() + "). Start it, fix SPRING_DATASOURCE_URL, "
                    + "or use VALEDGER_DATABASE_MODE=embedded.", failure);
        }
    }

    /** Null when the server accepted a connection, else why it did not. */
    static SQLException answers(String url, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "3");
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}
