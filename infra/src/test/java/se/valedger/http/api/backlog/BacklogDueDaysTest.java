package se.valedger.http.api.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/** Urgent observations make their backlog item due in days, not months (issue 17, VAL-DERIVED-2026.1). */
@IntegrationTest
class BacklogDueDaysTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    void pipe(String id, String kind, String material, int dn, double length, int age, String district, int cls) {
        var r = admin.post("/api/pipes", PipeJson.pipe(id).networkKind(kind).material(material).diameter(dn)
                .length(length).laid(Year.now().getValue() - age).district(district).consequenceClass(cls).json());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    long position() {
        return jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
    }

    static List<String> pipes(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("source").asText() + ":" + i.get("pipeId").asText()));
        return ids;
    }

    @Test
    void aCollapseIsDueWithinSevenDaysOfTheInspectionAndACrackWithinMonths() {
        pipe("COL-1", "WASTEWATER", "CONCRETE", 300, 80, 60, "Frösön", 3);
        pipe("COL-2", "WASTEWATER", "CONCRETE", 300, 80, 60, "Frösön", 3);
        LocalDate day = LocalDate.now().minusDays(2);
        for (String[] pipeAndCode : new String[][]{{"COL-1", "\"code\":\"BAC\",\"characterisation1\":\"C\""},
                {"COL-2", "\"code\":\"BAB\",\"characterisation1\":\"C\",\"quantification1\":\"6\""}}) {
            var r = admin.post("/api/pipes/" + pipeAndCode[0] + "/inspections", """
                    {"date":"%s","inspector":"E. Ek","method":"CCTV","observations":[{"distanceM":3.0,%s}]}"""
                    .formatted(day, pipeAndCode[1]));
            assertThat(r.status()).as(r.body()).isEqualTo(202);
        }
        JsonNode page = admin.get("/api/backlog?district=Frösön&sort=DUE&minPosition=" + position()).json();
        assertThat(pipes(page)).containsExactly("INSPECTION:COL-1", "INSPECTION:COL-2");
        assertThat(Instant.parse(page.at("/items/0/dueAt").asText()))
                .isEqualTo(day.plusDays(7).atStartOfDay(se.valedger.kernel.UtilityTime.ZONE).toInstant());
        assertThat(Instant.parse(page.at("/items/1/dueAt").asText()))
                .isEqualTo(day.plusMonths(12).atStartOfDay(se.valedger.kernel.UtilityTime.ZONE).toInstant());
        assertThat(page.at("/items/0/condition/source").asText()).isEqualTo("DERIVED");
    }
}
