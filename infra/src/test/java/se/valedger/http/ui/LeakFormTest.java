package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.leak.LeakIds;
import se.valedger.testing.IntegrationTest;

/** The phone's leak form follows the same rule as the API: a named pipe must be registered and lends its diameter. */
@IntegrationTest
class LeakFormTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    String reported(String leakId) {
        return String.join("", jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM event_store.domain_event
                WHERE aggregate_identifier = ? AND payload_type LIKE '%LeakReported'""", String.class, leakId));
    }

    @Test
    void aLeakOnARegisteredPipeTakesItsDiameterAndAFormSentTwiceReportsItOnce() {
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        UiPagesTest.register(port, UiPagesTest.pipe("UI-LEAK-1", "Odensala", 492000, 6995000, 492100, 6995060));
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        Map<String, String> hidden = erik.hiddenFields("/leaks/new");
        Map<String, String> form = Map.of("pipeId", " UI-LEAK-1 ", "kind", "BURST", "severity", "HIGH");

        var first = erik.post("/leaks", form, hidden);
        var again = erik.post("/leaks", form, hidden);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        String leakId = LeakIds.ofSubmission("erik", hidden.get("idempotencyKey"));
        assertThat(first.headers().firstValue("Location").orElseThrow()).contains("/leaks/" + leakId);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event WHERE aggregate_identifier = ?",
                Long.class, leakId)).isEqualTo(1);
        assertThat(reported(leakId)).contains("\"pipeId\":\"UI-LEAK-1\"").contains("\"diameterMm\":150");
    }

    @Test
    void aLeakOnAnUnregisteredPipeIsSentBackToTheFormSayingSoAndNothingIsStored() {
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        Map<String, String> hidden = erik.hiddenFields("/leaks/new");
        long before = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);

        var refused = erik.post("/leaks", Map.of("pipeId", "NO-SUCH-PIPE", "kind", "BURST", "severity", "HIGH"), hidden);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(302);
        String back = refused.headers().firstValue("Location").orElseThrow();
        assertThat(back).endsWith("/leaks/new");
        String form = erik.get(back.replaceFirst("^http://localhost:\\d+", "")).body();
        assertThat(form).contains("no pipe NO-SUCH-PIPE is registered").contains("aria-invalid=\"true\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class)).isEqualTo(before);
    }

    @Test
    void aMistypedPipeIdIsAnsweredWithTheClosestRegisteredIdAndAFarOffOneWithoutAGuess() {
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        String t = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UiPagesTest.register(port, UiPagesTest.pipe("DY" + t + "-1001", "Odensala", 492000, 6995000, 492100, 6995060));
        WebSession erik = WebSession.signedIn(port, "erik", "erik-password");
        Map<String, String> hidden = erik.hiddenFields("/leaks/new");

        var swapped = erik.post("/leaks", Map.of("pipeId", "dy" + t + "-1010", "kind", "BURST", "severity", "HIGH"), hidden);
        String form = erik.get(swapped.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^http://localhost:\\d+", "")).body();
        var api = se.valedger.testing.Api.at(port, "admin", "admin-password").post("/api/leaks",
                "{\"pipeId\":\"DY" + t + "-101\",\"kind\":\"BURST\",\"severity\":\"HIGH\"}");
        var farOff = se.valedger.testing.Api.at(port, "admin", "admin-password").post("/api/leaks",
                "{\"pipeId\":\"QQQQ" + t + "-77777\",\"kind\":\"BURST\",\"severity\":\"HIGH\"}");

        assertThat(form).contains("no pipe dy" + t + "-1010 is registered; did you mean DY" + t + "-1001?");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("did you mean DY" + t + "-1001?").contains("pipeId");
        assertThat(farOff.status()).isEqualTo(400);
        assertThat(farOff.body()).contains("is registered; leave pipeId out").doesNotContain("did you mean");
        var inspection = erik.get("/pipes/DY" + t + "-1011/inspections/new");
        assertThat(inspection.statusCode()).isEqualTo(404);
        assertThat(inspection.body()).contains("did you mean DY" + t + "-1001?");
    }
}
