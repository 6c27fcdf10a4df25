package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The three database modes, resolved the way the application resolves them at start-up. */
class DatabaseModeTest {

    static final Path EMBEDDED_DATA = Path.of("target/embedded-mode-test");
    static final String NOBODY_LISTENS = "jdbc:postgresql://localhost:1/postgres";

    @AfterAll
    static void stopEmbedded() {
        EmbeddedPostgresServer.stop(EMBEDDED_DATA);
    }

    static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new DatabaseModeEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void externalModeStopsWithAMessageWhenTheServerDoesNotAnswer() {
        assertThatThrownBy(() -> environment(Map.of("valedger.database-mode", "external",
                "spring.datasource.url", NOBODY_LISTENS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not answer")
                .hasMessageContaining("VALEDGER_DATABASE_MODE=embedded");
    }

    @Test
    void anUnknownModeIsNamedInTheError() {
        assertThatThrownBy(() -> environment(Map.of("valedger.database-mode", "cloud")))
                .hasMessageContaining("auto, external or embedded");
    }

    @Test
    void externalModeKeepsTheConfiguredServerWhenItAnswers() {
        String configured = "jdbc:postgresql://localhost:5432/postgres";
        org.junit.jupiter.api.Assumptions.assumeTrue(
                DatabaseModeEnvironmentPostProcessor.answers(configured, "postgres", "") == null,
                "needs the local PostgreSQL");
        StandardEnvironment environment = environment(Map.of("valedger.database-mode", "external",
                "spring.datasource.url", configured));
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(configured);
        assertThat(environment.getProperty("valedger.database-mode.resolved")).isEqualTo("EXTERNAL");
    }

    @Test
    void autoModeFallsBackToAnEmbeddedPostgres15WhenNoServerAnswers() throws Exception {
        StandardEnvironment environment = environment(Map.of("valedger.database-mode", "auto",
                "spring.datasource.url", NOBODY_LISTENS,
                "valedger.embedded.data-directory", EMBEDDED_DATA.toString(),
                "valedger.embedded.port", "54331"));

        String url = environment.getProperty("spring.datasource.url");
        assertThat(url).isEqualTo("jdbc:postgresql://localhost:54331/postgres");
        assertThat(environment.getProperty("valedger.database-mode.resolved")).isEqualTo("EMBEDDED");
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var rs = connection.createStatement().executeQuery("SHOW server_version_num")) {
            rs.next();
            assertThat(rs.getInt(1)).isBetween(150000, 159999);
        }
    }

    @Test
    void embeddedModeKeepsItsDataAcrossRestarts() throws Exception {
        Map<String, Object> embedded = Map.of("valedger.database-mode", "embedded",
                "valedger.embedded.data-directory", EMBEDDED_DATA.toString(),
                "valedger.embedded.port", "54331");
        String url = environment(embedded).getProperty("spring.datasource.url");
        try (var connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS kept (n int)");
            connection.createStatement().execute("INSERT INTO kept VALUES (42)");
        }
        EmbeddedPostgresServer.stop(EMBEDDED_DATA);

        String again = environment(embedded).getProperty("spring.datasource.url");
        try (var connection = DriverManager.getConnection(again, "postgres", "");
             var rs = connection.createStatement().executeQuery("SELECT count(*) FROM kept WHERE n = 42")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
        }
        assertThat(EMBEDDED_DATA.resolve("PG_VERSION")).exists();
    }
}
