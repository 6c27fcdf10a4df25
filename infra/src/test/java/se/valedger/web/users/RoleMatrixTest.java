package se.valedger.web.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.security.Role;
import se.valedger.security.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The role matrix of README.md, call by call and role by role; every refusal lands in the audit trail. */
@IntegrationTest
class RoleMatrixTest {

    record Call(String method, String path, String body, Set<Role> allowed) {
    }

    static final String PIPE = """
            {"id":"VA-RM-%s","networkKind":"WASTEWATER","material":"PVC","diameterMm":200,"lengthM":50.0,
             "installationYear":1990,"district":"Lugnvik"}""";
    static final String INCIDENT = """
            {"id":"INC-RM-%s","awareAt":"2026-01-10T08:00:00Z","description":"pump station alarm flood",
             "affectedServices":["drinking water"],"suspectedMalicious":false,"crossBorder":false}""";

    static final Set<Role> ALL = EnumSet.allOf(Role.class);

    static final List<Call> MATRIX = List.of(
            new Call("GET", "/api/pipes", null, ALL),
            new Call("POST", "/api/pipes", PIPE, EnumSet.of(Role.ENGINEER, Role.ADMIN)),
            new Call("POST", "/api/pipes/VA-RM-BASE/inspections",
                    "{\"date\":\"2026-01-02\",\"inspector\":\"E\",\"method\":\"VISUAL\",\"grade\":2}", EnumSet.of(Role.ENGINEER, Role.ADMIN)),
            new Call("GET", "/api/audit", null, EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Call("GET", "/api/audit/verify", null, EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Call("GET", "/api/audit/export", null, EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Call("GET", "/api/audit/checkpoints", null, EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Call("POST", "/api/audit/checkpoints", "", EnumSet.of(Role.ADMIN)),
            new Call("GET", "/api/users", null, EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Call("POST", "/api/users", "{\"username\":\"new-%s\",\"password\":\"long-enough-pw\",\"roles\":[\"PLANNER\"]}",
                    EnumSet.of(Role.ADMIN)),
            new Call("POST", "/api/users/bystander/roles", "{\"roles\":[\"PLANNER\"]}", EnumSet.of(Role.ADMIN)),
            new Call("POST", "/api/users/bystander/disable", "", EnumSet.of(Role.ADMIN)),
            new Call("POST", "/api/users/bystander/enable", "", EnumSet.of(Role.ADMIN)),
            new Call("POST", "/api/incidents", INCIDENT, EnumSet.of(Role.ENGINEER, Role.ADMIN)),
            new Call("POST", "/api/incidents/INC-RM-BASE/early-warning", "{\"report\":\"CSIRT told\"}", EnumSet.of(Role.ADMIN)),
            new Call("GET", "/api/incidents", null, EnumSet.of(Role.AUDITOR, Role.ADMIN)),
            new Call("GET", "/api/incidents/significance?outageHours=3&personsAffected=2500", null,
                    EnumSet.of(Role.ENGINEER, Role.AUDITOR, Role.ADMIN)));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    Api admin;

    @BeforeEach
    void people() {
        admin = Api.at(port, "admin", "admin-password");
        if (jdbc.queryForObject("SELECT count(*) FROM security.app_user WHERE username = 'bystander'", Long.class) == 0) {
            for (Role role : Role.values()) {
                accounts.create("rm-" + role.name().toLowerCase(), "password-" + role, EnumSet.of(role));
            }
            accounts.create("bystander", "bystander-password", EnumSet.of(Role.ENGINEER));
        }
    }

    long audited(String user, String outcome, String request) {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE user_name = ? AND outcome = ? AND request = ?",
                Long.class, user, outcome, request);
    }

    @Test
    void everyRoleIsRefusedWhereTheMatrixSaysNoAndEveryRefusalIsAudited() {
        assertThat(admin.post("/api/pipes", PIPE.formatted("BASE")).status()).isEqualTo(201);
        assertThat(admin.post("/api/incidents", INCIDENT.formatted("BASE")).status()).isEqualTo(201);
        int n = 0;
        for (Call call : MATRIX) {
            for (Role role : Role.values()) {
                String user = "rm-" + role.name().toLowerCase();
                Api api = Api.at(port, user, "password-" + role);
                String suffix = role.name() + n++;
                String body = call.body() == null ? null : call.body().contains("%s") ? call.body().formatted(suffix) : call.body();
                long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
                var response = call.method().equals("GET") ? api.get(call.path()) : api.post(call.path(), body);
                String what = role + " " + call.method() + " " + call.path() + " -> " + response;
                if (call.allowed().contains(role)) {
                    assertThat(response.status()).as(what).isBetween(200, 299);
                } else {
                    assertThat(response.status()).as(what).isEqualTo(403);
                    assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                    String path = call.path().replaceFirst("\\?.*", "");
                    assertThat(audited(user, "FORBIDDEN", call.method() + " " + path)).as(what).isEqualTo(1);
                    assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class))
                            .as(what).isEqualTo(eventsBefore);
                }
            }
        }
    }

    @Test
    void anAdministratorManagesPeopleButNeverDeletesThem() {
        var created = admin.post("/api/users", """
                {"username":"ulla","password":"ulla-password-1","roles":["ENGINEER"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/users/ulla");
        assertThat(created.body()).doesNotContain("password");
        Api ulla = Api.at(port, "ulla", "ulla-password-1");
        assertThat(ulla.get("/api/audit").status()).isEqualTo(403);

        assertThat(admin.post("/api/users/ulla/roles", "{\"roles\":[\"AUDITOR\"]}").json().get("roles").get(0).asText())
                .isEqualTo("AUDITOR");
        assertThat(ulla.get("/api/audit").status()).isEqualTo(200);

        assertThat(admin.post("/api/users/ulla/disable", "").json().get("enabled").asBoolean()).isFalse();
        assertThat(ulla.get("/api/pipes").status()).isEqualTo(401);
        assertThat(admin.post("/api/users/ulla/enable", "").json().get("enabled").asBoolean()).isTrue();
        assertThat(ulla.get("/api/pipes").status()).isEqualTo(200);

        var again = admin.post("/api/users", """
                {"username":"ulla","password":"another-password","roles":["ADMIN"]}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("UserNamesAreNeverReused");
        var shortPassword = admin.post("/api/users", "{\"username\":\"vera\",\"password\":\"short\",\"roles\":[\"PLANNER\"]}");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("field").asText()).isEqualTo("password");
        var noRoles = admin.post("/api/users", "{\"username\":\"vera\",\"password\":\"vera-password-1\",\"roles\":[]}");
        assertThat(noRoles.json().get("field").asText()).isEqualTo("roles");
        var badRole = admin.post("/api/users", "{\"username\":\"vera\",\"password\":\"vera-password-1\",\"roles\":[\"BOSS\"]}");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("field").asText()).startsWith("roles");

        assertThat(admin.post("/api/users/rm-admin/disable", "").status()).isEqualTo(200);
        var lastAdmin = admin.post("/api/users/admin/disable", "");
        assertThat(lastAdmin.status()).as(lastAdmin.body()).isEqualTo(409);
        assertThat(lastAdmin.json().get("rule").asText()).isEqualTo("AtLeastOneEnabledAdministrator");
        assertThat(admin.post("/api/users/admin/roles", "{\"roles\":[\"AUDITOR\"]}").status()).isEqualTo(409);
        assertThat(admin.post("/api/users/rm-admin/enable", "").status()).isEqualTo(200);
        assertThat(admin.post("/api/users/nobody/disable", "").status()).isEqualTo(404);

        Map<String, Object> audit = jdbc.queryForMap("""
                SELECT user_name, type, aggregate_id, payload, outcome FROM audit.entry
                WHERE type = 'CreateUser' AND outcome = 'ACCEPTED' ORDER BY seq DESC LIMIT 1""");
        assertThat(audit.get("user_name")).isEqualTo("admin");
        assertThat(audit.get("aggregate_id")).isEqualTo("ulla");
        assertThat((String) audit.get("payload")).contains("\"password\":\"[redacted]\"").doesNotContain("ulla-password-1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE type = 'ChangeUserRoles' AND outcome = 'REJECTED_RULE'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE payload LIKE '%ulla-password-1%'", Long.class))
                .isZero();
    }

    @Test
    void repeatedWrongPasswordsLockThatUserOutFromThatAddressForAGrowingDelay() {
        accounts.create("tova", "tova-password-1", EnumSet.of(Role.ENGINEER));
        Api guesser = Api.at(port, "tova", "wrong");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/pipes").status()).isEqualTo(401);
        }
        assertThat(guesser.get("/api/pipes").status()).as("the sixth failure locks").isEqualTo(401);
        var throttled = Api.at(port, "tova", "tova-password-1").get("/api/pipes");
        assertThat(throttled.status()).as("even the right password waits out the lock").isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE user_name = 'tova' AND outcome = 'THROTTLED'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE user_name = 'tova' AND outcome = 'UNAUTHENTICATED'",
                Long.class)).isEqualTo(6);
        assertThat(admin.get("/api/pipes").status()).as("other users are not affected").isEqualTo(200);
    }

    @Test
    void anImportJobIsSeenAndCancelledOnlyByItsStarterAndAdministrators() throws Exception {
        Api engineer = Api.at(port, "rm-engineer", "password-ENGINEER");
        byte[] file = java.nio.file.Files.readAllBytes(se.valedger.testing.SharedData.file("en13508/example_13508_2.txt"));
        var started = engineer.send("POST", "/api/imports/en13508", "text/plain", file, "Prefer", "respond-async");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.header("Location");
        for (Role role : Role.values()) {
            Api api = Api.at(port, "rm-" + role.name().toLowerCase(), "password-" + role);
            boolean mayAct = role == Role.ENGINEER || role == Role.ADMIN;
            assertThat(api.get(job).status()).as(role + " GET " + job).isEqualTo(mayAct ? 200 : 404);
            assertThat(api.get("/api/imports/jobs").body().contains(job)).as(role + " list").isEqualTo(mayAct);
            if (!mayAct) {
                assertThat(api.delete(job).status()).as(role + " DELETE " + job).isEqualTo(404);
            }
        }
        assertThat(engineer.get(job).json().get("startedBy").asText()).isEqualTo("rm-engineer");
    }
}
