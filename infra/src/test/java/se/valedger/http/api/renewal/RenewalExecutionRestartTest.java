package se.valedger.http.api.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.VaLedgerApplication;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.FreshDatabase;
import se.valedger.testing.PipeJson;

/** An executed item's renewal is dispatched once, whether the application stops before or after handling it. */
class RenewalExecutionRestartTest {

    static ConfigurableApplicationContext start(String databaseUrl) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(VaLedgerApplication.class).profiles("test");
        return databaseUrl == null
                ? builder.initializers(new FreshDatabase()).run("--server.port=0")
                : builder.run("--server.port=0", "--spring.datasource.url=" + databaseUrl);
    }

    static Api as(ConfigurableApplicationContext context, String user, String password) {
        return Api.at(((WebServerApplicationContext) context).getWebServer().getPort(), user, password);
    }

    static long dispatched(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("""
                SELECT count(*) FROM event_store.domain_event
                WHERE payload_type = 'se.valedger.renewal.PipeRenewalDispatched'""", Long.class);
    }

    static long last(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT max(global_index) FROM event_store.domain_event", Long.class);
    }

    @Test
    void aRenewalIsDispatchedExactlyOnceAcrossRestarts() throws InterruptedException {
        String databaseUrl;
        try (var first = start(null)) {
            databaseUrl = first.getEnvironment().getProperty("spring.datasource.url");
            first.getBean(UserAccounts.class).create("bertil", "bertil-password", EnumSet.of(Role.PLANNER));
            Api admin = as(first, "admin", "admin-password");
            Api bertil = as(first, "bertil", "bertil-password");
            for (String id : new String[] {"X-1", "X-2"}) {
                var registered = admin.post("/api/pipes", PipeJson.pipe(id).material("GREY_CAST_IRON").diameter(150)
                        .length(80).laid(1962).json());
                assertThat(registered.status()).isEqualTo(201);
                assertThat(admin.get("/api/pipes/" + id + "?minPosition=" + registered.header("X-Event-Position"))
                        .status()).isEqualTo(200);
            }
            var plan = admin.post("/api/renewal-plans", """
                    {"year":%d,"budgetSek":2000000,"items":[{"pipeId":"X-1"},{"pipeId":"X-2"}]}"""
                    .formatted(Year.now().getValue() + 1));
            assertThat(plan.status()).as(plan.body()).isEqualTo(201);
            String id = plan.json().get("id").asText();
            var submitted = admin.post("/api/renewal-plans/" + id + "/submit", "");
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
            var approved = bertil.post("/api/renewal-plans/" + id + "/approve", "");
            assertThat(approved.status()).as(approved.body()).isEqualTo(202);
            assertThat(bertil.post("/api/renewal-plans/" + id + "/execute", "{\"pipeId\":\"X-1\"}").status()).isEqualTo(202);
            assertThat(first.getBean(ReadYourWrites.class).await("renewal-execution", last(first))).isTrue();
            assertThat(dispatched(first)).isEqualTo(1);
            // stop right after the second execution, before or while the handler sees it
            assertThat(bertil.post("/api/renewal-plans/" + id + "/execute", "{\"pipeId\":\"X-2\"}").status()).isEqualTo(202);
        }

        try (var second = start(databaseUrl)) {
            long deadline = System.currentTimeMillis() + 15_000;
            while (dispatched(second) < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(second.getBean(ReadYourWrites.class).await("renewal-execution", last(second))).isTrue();
            assertThat(dispatched(second)).isEqualTo(2);
            assertThat(second.getBean(JdbcTemplate.class).queryForObject("""
                    SELECT count(DISTINCT convert_from(payload, 'UTF8')::jsonb ->> 'pipeId') FROM event_store.domain_event
                    WHERE payload_type = 'se.valedger.renewal.PipeRenewalDispatched'""", Long.class)).isEqualTo(2);
            // and each pipe recorded its renewal once
            assertThat(second.getBean(JdbcTemplate.class).queryForList("""
                    SELECT aggregate_identifier FROM event_store.domain_event
                    WHERE payload_type = 'se.valedger.pipe.PipeRenewed' ORDER BY aggregate_identifier""", String.class))
                    .containsExactly("X-1", "X-2");
        }
    }
}
