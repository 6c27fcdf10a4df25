package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.IntegrationTest;

@IntegrationTest
class GovikenAtFirstStartTest {

    @Autowired
    GovikenAtFirstStart registration;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void restartsAndNodesStartingTogetherLeaveGovikenRegisteredOnce() {
        registration.registerOnce();
        CompletableFuture.allOf(CompletableFuture.runAsync(registration::registerOnce),
                CompletableFuture.runAsync(registration::registerOnce)).join();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = "
                + "'goviken'", Long.class)).isEqualTo(1);
    }
}
