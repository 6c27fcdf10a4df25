package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The leak list and the register list (issue 21): filters, sortable columns, paging, natural ids, short numbers. */
@IntegrationTest
class LeakListTest {

    private static final Pattern ROW_PIPE = Pattern.compile("<td class=\"leak-pipe\">([^<]*)</td>");
    private static final Pattern NUMBER = Pattern.compile("class=\"leak-number\">(L-\\d{4}-\\d{4})</a>");
    private static final Pattern REGISTER_ID = Pattern.compile("class=\"pipe-link\">([^<]*)</a>");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private String tag() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** Reports a leak through the API and waits until the list can see it. */
    private static String leak(Api admin, String pipeId, String kind) {
        var r = admin.post("/api/leaks", "{\"pipeId\":\"" + pipeId + "\",\"kind\":\"" + kind + "\",\"severity\":\"LOW\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asText();
        admin.get("/api/leaks/" + id + "?minPosition=" + r.header("X-Event-Position"));
        return id;
    }

    private WebSession erik() {
        UiPagesTest.ensureUser(jdbc, accounts, "erik", Role.ENGINEER);
        return WebSession.signedIn(port, "erik", "erik-password");
    }

    @Test
    void theDistrictFilterTakesAPrefixInAnyCaseAndThePipeColumnSortsIdsNaturallyBothWays() {
        String t = tag();
        String district = "Lillsjö" + t;
        Api admin = Api.at(port, "admin", "admin-password");
        for (String n : List.of("2", "10", "1")) {
            UiPagesTest.register(port, UiPagesTest.pipe("LL" + t + "-" + n, district, 492000, 6995000, 492100, 6995060));
        }
        UiPagesTest.register(port, UiPagesTest.pipe("LL" + t + "-99", "Other" + t, 492000, 6995000, 492100, 6995060));
        leak(admin, "LL" + t + "-2", "BURST");
        leak(admin, "LL" + t + "-10", "LEAK");
        leak(admin, "LL" + t + "-1", "LEAK");
        leak(admin, "LL" + t + "-99", "LEAK");
        WebSession erik = erik();
        String prefix = ("lillsjö" + t).toLowerCase().substring(0, ("lillsjö" + t).length() - 1);

        var ascending = erik.get("/leaks?district=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8) + "&sort=pipe");
        var descending = erik.get("/leaks?district=" + java.net.URLEncoder.encode(district.toUpperCase(),
                java.nio.charset.StandardCharsets.UTF_8) + "&sort=pipe&dir=desc");
        var leaksOnly = erik.get("/leaks?district=" + java.net.URLEncoder.encode(district, java.nio.charset.StandardCharsets.UTF_8)
                + "&kind=leak&sort=pipe");

        assertThat(ascending.statusCode()).as(ascending.body()).isEqualTo(200);
        assertThat(all(ROW_PIPE, ascending.body())).containsExactly("LL" + t + "-1", "LL" + t + "-2", "LL" + t + "-10");
        assertThat(all(ROW_PIPE, descending.body())).containsExactly("LL" + t + "-10", "LL" + t + "-2", "LL" + t + "-1");
        assertThat(all(ROW_PIPE, leaksOnly.body())).containsExactly("LL" + t + "-1", "LL" + t + "-10");
        assertThat(ascending.body()).contains("3 läckor").contains("aria-sort=\"ascending\"").contains(district);
        List<String> numbers = all(NUMBER, ascending.body());
        assertThat(numbers).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void aSecondPageShowsTheRestWithoutRepeatingARowAndTheOverdueFilterKeepsOnlyLateOnes() {
        String t = tag();
        String district = "Paging" + t;
        Api admin = Api.at(port, "admin", "admin-password");
        UiPagesTest.register(port, UiPagesTest.pipe("PG" + t, district, 492000, 6995000, 492100, 6995060));
        for (int i = 0; i < LeakPagesSize.SIZE + 2; i++) {
            leak(admin, "PG" + t, "LEAK");
        }
        WebSession erik = erik();

        var first = erik.get("/leaks?district=" + district + "&sort=number&dir=asc");
        var second = erik.get("/leaks?district=" + district + "&sort=number&dir=asc&page=1");
        var late = erik.get("/leaks?district=" + district + "&overdue=true");
        var notLate = erik.get("/leaks?district=" + district + "&overdue=false");

        List<String> one = all(NUMBER, first.body());
        List<String> two = all(NUMBER, second.body());
        assertThat(one).hasSize(LeakPagesSize.SIZE);
        assertThat(two).hasSize(2);
        assertThat(one).doesNotContainAnyElementsOf(two);
        assertThat(one).isSorted();
        assertThat(first.body()).contains("Sida 1 av 2").contains("id=\"next-page\"").contains("sort=number");
        assertThat(all(NUMBER, late.body())).isEmpty(); // just reported: none is past its due time yet
        assertThat(all(NUMBER, notLate.body())).hasSize(LeakPagesSize.SIZE);
    }

    @Test
    void anUnknownSortColumnOrFilterValueIsA400PageNamingTheParameterNeverA500() {
        WebSession erik = erik();
        record Bad(String query, String says) { }
        for (Bad bad : List.of(
                new Bad("sort=colour", "sort: &#39;colour&#39; is not one of reported, number, pipe, district, kind, status, due"),
                new Bad("sort=pipe&dir=up", "dir: &#39;up&#39; is neither asc nor desc"),
                new Bad("status=FIXED", "status: &#39;FIXED&#39; is not one of reported"),
                new Bad("kind=flood", "kind: &#39;flood&#39; is not one of burst"),
                new Bad("overdue=maybe", "overdue: &#39;maybe&#39; is neither true nor false"),
                new Bad("page=two", "page: &#39;two&#39; is not a page number"),
                new Bad("page=-1", "page: the page number is 0 to 100 000"))) {
            var answer = erik.get("/leaks?" + bad.query());
            assertThat(answer.statusCode()).as(bad.query()).isEqualTo(400);
            assertThat(answer.body()).as(bad.query()).contains(bad.says());
        }
    }

    @Test
    void theRegisterListsIdsNaturallyAndFindsADistrictByAPrefixInAnyCase() {
        String t = tag();
        for (String n : List.of("10", "2", "1")) {
            UiPagesTest.register(port, UiPagesTest.pipe("NA" + t + "-" + n, "Brunflo" + t, 492000, 6995000, 492100, 6995060));
        }
        UiPagesTest.register(port, UiPagesTest.pipe("NA" + t + "-3", "Frösön" + t, 492000, 6995000, 492100, 6995060));
        WebSession erik = erik();

        var byId = erik.get("/pipes?idPrefix=NA" + t + "-");
        var byDistrict = erik.get("/pipes?district=" + ("brunflo" + t).toLowerCase());
        var byShortPrefix = erik.get("/pipes?idPrefix=NA" + t + "&district=BRUN");

        assertThat(all(REGISTER_ID, byId.body())).containsExactly("NA" + t + "-1", "NA" + t + "-2", "NA" + t + "-3",
                "NA" + t + "-10");
        assertThat(all(REGISTER_ID, byDistrict.body())).containsExactly("NA" + t + "-1", "NA" + t + "-2", "NA" + t + "-10");
        assertThat(all(REGISTER_ID, byShortPrefix.body())).containsExactly("NA" + t + "-1", "NA" + t + "-2",
                "NA" + t + "-10");
    }

    /** The list's page size, kept beside the test so a change of it shows here. */
    private static final class LeakPagesSize {
        static final int SIZE = 25;
    }
}
