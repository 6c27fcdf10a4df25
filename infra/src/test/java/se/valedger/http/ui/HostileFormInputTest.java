package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.IntegrationTest;

/** Hostile input through the UI's forms and pages: a 4xx page that says what is wrong, never a 500, nothing stored. */
@IntegrationTest
class HostileFormInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void anEngineerAndAPipe() {
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        if (jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = 'UI-HOSTILE'",
                Long.class) == 0) {
            UiPagesTest.register(port, UiPagesTest.pipe("UI-HOSTILE", "Odensala", 492000, 6995000, 492100, 6995060));
        }
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    Map<String, String> inspection(String findings) {
        return Map.of("date", UiPagesTest.yesterday(), "inspector", "Erik Ek", "method", "CCTV", "grade", "3",
                "findings", findings);
    }

    @Test
    void aNulInAnInspectionFormIsRefused400NamingTheFieldAndNothingIsStored() {
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        Map<String, String> hidden = erik.hiddenFields("/pipes/UI-HOSTILE/inspections/new");
        long before = events();

        var refused = erik.post("/pipes/UI-HOSTILE/inspections", inspection("spricka\u0000 vid 12 m"), hidden);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("findings").contains("U+0000");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anAlteredCsrfTokenOfTheRightLengthIsAnswered403NotA500() {
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        Map<String, String> hidden = new java.util.LinkedHashMap<>(erik.hiddenFields("/pipes/UI-HOSTILE/inspections/new"));
        String token = hidden.get("_csrf");
        long before = events();

        // one character changed at a time, keeping the length: some of these unmask to bytes that are not UTF-8
        for (int i = 0; i < 12; i++) {
            char swapped = token.charAt(i) == 'A' ? 'B' : 'A';
            String altered = token.substring(0, i) + swapped + token.substring(i + 1);
            hidden.put("_csrf", altered);
            var refused = erik.post("/pipes/UI-HOSTILE/inspections", inspection("ok"), hidden);
            assertThat(refused.statusCode()).as(altered + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aNulInTheRegisterPagesFilterIsAnswered400() {
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        var page = erik.get("/pipes?district=%00");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).contains("district").contains("U+0000");
    }
}
