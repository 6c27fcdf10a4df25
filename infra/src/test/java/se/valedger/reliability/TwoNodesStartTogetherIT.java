package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.valedger.testing.AppProcess;

/**
 * Two nodes started at the same instant on an empty database both find nobody there and both try to
 * create the bootstrap administrator, migrate the schemas and register Göviken: both must come up, with
 * one administrator and one plant. Each repetition keeps its own logs ({@code target/app-together-*-N.log}).
 */
class TwoNodesStartTogetherIT {

    @RepeatedTest(3)
    void twoNodesStartedTogetherOnAnEmptyDatabaseBothComeUpWithOneAdministrator(RepetitionInfo repetition) {
        String url = AppProcess.freshDatabase();
        try (AppProcess a = AppProcess.start("together-a-" + repetition.getCurrentRepetition(), url, Map.of());
             AppProcess b = AppProcess.start("together-b-" + repetition.getCurrentRepetition(), url, Map.of())) {
            a.awaitHealthy(Duration.ofSeconds(180));
            b.awaitHealthy(Duration.ofSeconds(180));

            assertThat(a.admin().get("/api/users").status()).isEqualTo(200);
            assertThat(b.admin().get("/api/users").status()).isEqualTo(200);
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
            assertThat(jdbc.queryForList("SELECT username FROM security.app_user", String.class)).containsExactly("admin");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = 'goviken'",
                    Long.class)).isEqualTo(1L);
        }
    }
}
