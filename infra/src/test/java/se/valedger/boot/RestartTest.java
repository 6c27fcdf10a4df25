package se.valedger.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.VaLedgerApplication;
import se.valedger.testing.Api;
import se.valedger.testing.FreshDatabase;
import se.valedger.testing.InspectionJson;
import se.valedger.testing.PipeJson;

/** Stop the application and start it again on the same database: nothing is lost, nothing handled twice. */
class RestartTest {

    static ConfigurableApplicationContext start(String databaseUrl) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(VaLedgerApplication.class).profiles("test");
        return databaseUrl == null
                ? builder.initializers(new FreshDatabase()).run("--server.port=0")
                : builder.run("--server.port=0", "--spring.datasource.url=" + databaseUrl);
    }

    static Api admin(ConfigurableApplicationContext context) {
        return Api.at(((WebServerApplicationContext) context).getWebServer().getPort(), "admin", "admin-password");
    }

    static List<Map<String, Object>> tokens(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForList(
                "SELECT segment, token FROM event_store.token_entry WHERE processor_name = 'pipe-register' ORDER BY segment");
    }

    @Test
    void aPipeAndItsHistorySurviveARestartAndTheProjectionDoesNotReprocessEvents() {
        String databaseUrl;
        long inspectedAt;
        List<Map<String, Object>> tokensBefore;
        try (var first = start(null)) {
            databaseUrl = first.getEnvironment().getProperty("spring.datasource.url");
            Api admin = admin(first);
            assertThat(admin.post("/api/pipes", PipeJson.pipe("VA-7").wastewater().material("CONCRETE").diameter(300)
                    .length(80).laid(1968).json()).status()).isEqualTo(201);
            inspectedAt = Long.parseLong(admin.post("/api/pipes/VA-7/inspections", InspectionJson.cctv("2026-09-01", 4).json())
                    .header("X-Event-Position"));
            assertThat(admin.get("/api/pipes/VA-7?minPosition=" + inspectedAt).json().get("latestGrade").asInt())
                    .isEqualTo(4);
            tokensBefore = tokens(first);
        }

        try (var second = start(databaseUrl)) {
            Api admin = admin(second);
            var pipe = admin.get("/api/pipes/VA-7?minPosition=" + inspectedAt);
            assertThat(pipe.status()).isEqualTo(200);
            assertThat(pipe.json().get("inspectionCount").asInt()).isEqualTo(1);
            assertThat(pipe.json().get("latestGrade").asInt()).isEqualTo(4);
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = 'VA-7'", Long.class))
                    .isEqualTo(2);
            assertThat(tokens(second)).hasSameSizeAs(tokensBefore);

            var more = admin.post("/api/pipes/VA-7/inspections", """
                    {"date":"2026-11-01","inspector":"K. Lund","method":"CCTV","grade":2}""");
            var after = admin.get("/api/pipes/VA-7?minPosition=" + more.header("X-Event-Position"));
            assertThat(after.json().get("inspectionCount").asInt()).isEqualTo(2);
            assertThat(after.json().get("latestGrade").asInt()).isEqualTo(2);
        }
    }
}
