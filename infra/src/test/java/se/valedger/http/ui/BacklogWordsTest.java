package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The backlog page explains every factor in the planner's words (issue 17), in Swedish first, never enum names. */
@IntegrationTest
class BacklogWordsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void theBacklogExplainsTheInspectorsClassAndAMissingInspectionInSwedish() {
        UiPagesTest.ensureUser(jdbc, accounts, "petra", Role.PLANNER);
        Api admin = Api.at(port, "admin", "admin-password");
        for (String id : new String[]{"W-1", "W-2"}) {
            assertThat(admin.post("/api/pipes", """
                    {"id":"%s","networkKind":"WASTEWATER","material":"CONCRETE","diameterMm":300,"lengthM":80,
                     "installationYear":1960,"district":"Lugnvik","consequenceClass":3}""".formatted(id)).status())
                    .isEqualTo(201);
        }
        var inspected = admin.post("/api/pipes/W-1/inspections", """
                {"date":"%s","inspector":"E. Ek","method":"CCTV","standard":"EN 13508-2","observations":[
                 {"distanceM":4.0,"code":"BAB","characterisation1":"B","quantification1":"2","class":4}]}"""
                .formatted(LocalDate.now().minusDays(2)));
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(202);
        var leak = admin.post("/api/leaks", """
                {"pipeId":"W-2","kind":"LEAK","severity":"MEDIUM","reportedAt":"%s"}"""
                .formatted(Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(leak.status()).as(leak.body()).isEqualTo(201);
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        assertThat(admin.get("/api/backlog?minPosition=" + head).status()).isEqualTo(200);

        var page = WebSession.signedIn(port, "petra", "petra-password").get("/backlog?district=Lugnvik");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Sannolikhet: Strukturellt skick = strukturklass 4 (inspektörens), inspekterad för 0.0 år sedan")
                .contains("VA Ledgers uppskattning: klass 2")
                .contains("Öppen läcka = brott har inträffat")
                .contains("Ej inspekterad")
                .contains("Konsekvens: Ledningstyp = spillvatten")
                .doesNotContain("WASTEWATER =").doesNotContain("structural class");
    }
}
