package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The leak page names the priority class in Swedish and marks an ASSUMED target (issue 20). */
@IntegrationTest
class LeakPriorityPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void anAcuteLeakShowsItsClassInSwedishWithTheAssumedTargetMarked() {
        Api admin = Api.at(port, "admin", "admin-password");
        var r = admin.post("/api/leaks", """
                {"kind":"BURST","severity":"LOW","priority":"ACUTE",
                 "position":{"crs":"EPSG:3006","x":492050.0,"y":6995030.0}}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asText();
        admin.get("/api/leaks/" + id + "?minPosition=" + r.header("X-Event-Position"));
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");

        var page = erik.get("/leaks/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Prioritet").contains("Akut (vatten på ytan, avbrott, föroreningsrisk)")
                .contains("ANTAGEN måltid").doesNotContain("klassen satt efter allvarsgraden");
        assertThat(erik.get("/leaks/new").body()).contains("name=\"priority\"").contains("Planerad (hittad vid läcksökning)");
    }
}
