package se.valedger.http.api.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

/**
 * Planners plan per district and network (issue 17), and a proposal scores as of a date. PF-1, a PVC sewer (60 years)
 * laid 44 years ago, 100 m, never inspected: for next year's plan 45/60 = 75 % -> 3 points, likelihood round(0.6 x 3 +
 * 0.3 x 3 (breaks unknown) + 0.1 x 3) = 3; as of today 44/60 -> 2 points, likelihood round(1.2 + 0.9 + 0.3) = 2.
 */
@IntegrationTest
class ProposalFiltersTest {

    static final int THIS_YEAR = Year.now().getValue();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void aProposalTakesOnlyTheDistrictAndNetworkAskedForAndScoresAsOfTheDateGiven() {
        Api admin = Api.at(port, "admin", "admin-password");
        accounts.create("pia", "pia-password", EnumSet.of(Role.PLANNER));
        Api pia = Api.at(port, "pia", "pia-password");
        register(admin, PipeJson.pipe("PF-1").wastewater().material("PVC").diameter(200).length(100)
                .laid(THIS_YEAR - 44).district("Norr").consequenceClass(3).json());
        register(admin, PipeJson.pipe("PF-2").networkKind("DRINKING_WATER").material("PVC").diameter(200).length(100)
                .laid(THIS_YEAR - 44).district("Norr").consequenceClass(3).json());
        register(admin, PipeJson.pipe("PF-3").wastewater().material("PVC").diameter(200).length(100)
                .laid(THIS_YEAR - 44).district("Söder").consequenceClass(3).json());
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);

        assertThat(ids(propose(pia, "district=Norr&minPosition=" + head, ""))).containsExactlyInAnyOrder("PF-1", "PF-2");
        assertThat(ids(propose(pia, "", ",\"district\":\"Söder\""))).containsExactly("PF-3");
        JsonNode sewerInNorr = propose(pia, "district=Norr&networkKind=WASTEWATER", "");
        assertThat(ids(sewerInNorr)).containsExactly("PF-1");
        assertThat(sewerInNorr.at("/items/0/risk/likelihood").asInt()).isEqualTo(3);
        assertThat(sewerInNorr.at("/items/0/risk/explanation").asText()).contains("45 of 60 years (75 %) -> 3");

        JsonNode asOfToday = propose(pia, "district=Norr&networkKind=WASTEWATER&asOf=" + LocalDate.now(), "");
        assertThat(asOfToday.at("/items/0/risk/likelihood").asInt()).isEqualTo(2);
        assertThat(asOfToday.at("/items/0/risk/explanation").asText()).contains("44 of 60 years (73 %) -> 2");

        var bad = pia.post("/api/renewal-proposals?asOf=yesterday", body(""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("asOf");
        var badKind = pia.post("/api/renewal-proposals?networkKind=OIL", body(""));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("field").asText()).isEqualTo("networkKind");
    }

    static void register(Api admin, String json) {
        var r = admin.post("/api/pipes", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    static String body(String extra) {
        return "{\"year\":%d,\"budgetSek\":10000000,\"strategy\":\"highest-risk\",\"forecast\":false%s}"
                .formatted(THIS_YEAR + 1, extra);
    }

    static JsonNode propose(Api who, String query, String extra) {
        var r = who.post("/api/renewal-proposals?" + query, body(extra));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> ids(JsonNode proposal) {
        List<String> ids = new ArrayList<>();
        proposal.get("items").forEach(i -> ids.add(i.get("pipeId").asText()));
        return ids;
    }
}
