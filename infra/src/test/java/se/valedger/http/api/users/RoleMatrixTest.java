package se.valedger.http.api.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The role matrix of README.md, call by call and role by role; every refusal lands in the audit trail. */
@IntegrationTest
class RoleMatrixTest {

    /**
     * One call of the matrix. {@code mustSucceed}: the allowed roles get a 2xx (the call's input is complete);
     * otherwise they only must not be refused (no 401/403, no 5xx): the input is a minimal shape that reaches the
     * endpoint, where its own validation may answer 4xx. Paths may name {@code {role}}.
     */
    record Call(String method, String path, String contentType, String accept, byte[] body, Set<Role> allowed,
                boolean mustSucceed) {

        static Call get(String path, Set<Role> allowed) {
            return new Call("GET", path, null, null, null, allowed, true);
        }

        static Call read(String path, Set<Role> allowed) {
            return new Call("GET", path, null, null, null, allowed, false);
        }

        static Call get(String path, String accept, Set<Role> allowed) {
            return new Call("GET", path, null, accept, null, allowed, false);
        }

        static Call post(String path, String json, Set<Role> allowed) {
            return new Call("POST", path, "application/json", null, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                    allowed, true);
        }

        static Call reach(String method, String path, String json, Set<Role> allowed) {
            return new Call(method, path, json == null ? null : "application/json", null,
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8), allowed, false);
        }

        static Call upload(String path, String contentType, String content, Set<Role> allowed) {
            return new Call("POST", path, contentType, null, content.getBytes(StandardCharsets.UTF_8), allowed, false);
        }

        static Call multipart(String path, String fileName, String content, Set<Role> allowed) {
            String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
            return new Call("POST", path, "multipart/form-data; boundary=" + BOUNDARY, null,
                    body.getBytes(StandardCharsets.UTF_8), allowed, false);
        }

        String path(Role role) {
            return path.replace("{role}", role.name());
        }

        @Override
        public String toString() {
            return method + " " + path + (contentType == null ? "" : " (" + contentType.replaceFirst(";.*", "") + ")")
                    + (accept == null ? "" : " accepting " + accept);
        }
    }

    static final String BOUNDARY = "role-matrix-boundary";
    static final String PIPE = """
            {"id":"VA-RM-%s","networkKind":"WASTEWATER","material":"PVC","diameterMm":200,"lengthM":50.0,
             "installationYear":1990,"district":"Lugnvik"}""";
    static final String INCIDENT = """
            {"id":"INC-RM-%s","awareAt":"2026-01-10T08:00:00Z","description":"pump station alarm flood",
             "affectedServices":["drinking water"],"suspectedMalicious":false,"crossBorder":false}""";
    static final String NOT_A_FILE = "not a file this importer can read\n";

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> ENGINEERS = EnumSet.of(Role.ENGINEER, Role.ADMIN);
    static final Set<Role> PLANNERS = EnumSet.of(Role.PLANNER, Role.ADMIN);
    static final Set<Role> AUDITORS = EnumSet.of(Role.AUDITOR, Role.ADMIN);
    static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

    /** README.md's role matrix, call by call; {@link #everyApiEndpointIsInTheMatrix} keeps it complete. */
    static final List<Call> MATRIX = List.of(
            // The register
            Call.get("/api/pipes", ALL),
            Call.get("/api/pipes/VA-RM-BASE", ALL),
            Call.read("/api/pipes/VA-RM-BASE?asOf=2026-06-01T00:00:00Z", ALL),
            Call.get("/api/pipes/VA-RM-BASE/history", ALL),
            Call.get("/api/map/pipes", ALL),
            Call.post("/api/pipes", PIPE, ENGINEERS),
            Call.post("/api/pipes/VA-RM-BASE/inspections",
                    "{\"date\":\"2026-01-02\",\"inspector\":\"E\",\"method\":\"VISUAL\",\"grade\":2}", ENGINEERS),
            Call.reach("POST", "/api/pipes/VA-RM-BASE/corrections", "{\"district\":\"Lugnvik-%s\",\"reason\":\"matrix\"}",
                    ENGINEERS),
            Call.reach("POST", "/api/pipes/VA-RM-NONE/renewals", "{}", ENGINEERS),
            Call.reach("POST", "/api/pipes/VA-RM-NONE/decommission", "{}", ENGINEERS),
            Call.get("/api/backlog", ALL),
            Call.get("/api/work-orders", ALL),
            Call.reach("POST", "/api/work-orders/WO-NONE/done", "{}", ENGINEERS),
            Call.get("/api/network/aging", ALL),
            Call.get("/api/network/aging", "text/csv", ALL),
            // Leaks
            Call.reach("POST", "/api/leaks", "{}", ENGINEERS),
            Call.reach("POST", "/api/leaks/LEAK-NONE/confirm", "{}", ENGINEERS),
            Call.get("/api/leaks", ALL),
            Call.get("/api/leaks/repair-times", ALL),
            Call.get("/api/leaks/interruptions?year=2026", ALL),
            Call.read("/api/leaks/LEAK-NONE", ALL),
            // The treatment plant
            Call.reach("POST", "/api/plants", "{}", ADMINS),
            Call.reach("POST", "/api/plants/goviken/measurements", "{}", ENGINEERS),
            Call.reach("POST", "/api/plants/goviken/bypasses", "{}", ENGINEERS),
            Call.reach("POST", "/api/plants/goviken/permit", "{}", PLANNERS),
            Call.get("/api/plants/goviken/capacity", "application/json", ALL),
            Call.get("/api/plants/goviken/capacity", "text/csv", ALL),
            // Issue 16: samples, the weekly rule, overflow points, the yearly report
            Call.reach("POST", "/api/plants/goviken/samples", "{}", ENGINEERS),
            Call.reach("POST", "/api/plants/goviken/samples/S-NONE/invalidate", "{}", ENGINEERS),
            Call.reach("POST", "/api/plants/goviken/sampling-rules", "{}", PLANNERS),
            Call.reach("POST", "/api/plants/goviken/weeks/2024-W10/unusual", "{}", PLANNERS),
            Call.reach("POST", "/api/plants/goviken/weeks/2024-W10/usual", "{}", PLANNERS),
            Call.read("/api/plants/goviken/weekly-load?year=2024", ALL),
            Call.reach("POST", "/api/plants/goviken/overflow-points", "{}", ENGINEERS),
            Call.read("/api/plants/goviken/overflow-points?year=2024", ALL),
            Call.reach("POST", "/api/plants/goviken/overflows", "{}", ENGINEERS),
            Call.read("/api/plants/goviken/overflows?year=2024", ALL),
            Call.get("/api/plants/goviken/reports/2024", "application/json", ALL),
            Call.get("/api/plants/goviken/reports/2024", "text/csv", ALL),
            Call.get("/api/plants/goviken/reports/2024",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ALL),
            // Imports: every kind, as multipart and as the raw body. Bulk changes to the register are ADMIN's;
            // a CCTV survey's inspections and a plant's measurement export are an engineer's daily work.
            Call.multipart("/api/imports/epanet", "net.inp", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/epanet", "text/plain", NOT_A_FILE, ADMINS),
            Call.multipart("/api/imports/pipes-csv", "pipes.csv", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/pipes-csv", "text/csv", NOT_A_FILE, ADMINS),
            Call.multipart("/api/imports/leaks-csv", "leaks.csv", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/leaks-csv", "text/csv", NOT_A_FILE, ADMINS),
            Call.multipart("/api/imports/xlsx?kind=pipes", "pipes.xlsx", NOT_A_FILE, ADMINS),
            Call.multipart("/api/imports/geojson", "pipes.geojson", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/geojson", "application/geo+json", NOT_A_FILE, ADMINS),
            Call.multipart("/api/imports/swmm", "model.inp", NOT_A_FILE, ADMINS),
            Call.multipart("/api/imports/geopackage", "pipes.gpkg", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/geopackage", "application/octet-stream", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/swmm", "text/plain", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/xlsx?kind=leaks", "application/octet-stream", NOT_A_FILE, ADMINS),
            Call.multipart("/api/imports/en13508", "survey.txt", NOT_A_FILE, ENGINEERS),
            Call.multipart("/api/imports/en13508?registerPipes=true", "survey.txt", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/en13508", "text/plain", NOT_A_FILE, ENGINEERS),
            Call.upload("/api/imports/en13508?registerPipes=true", "text/plain", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/en13508?registerPipes=false", "text/plain", NOT_A_FILE, ENGINEERS),
            Call.multipart("/api/imports/plant-measurements?plant=goviken", "goviken.csv", NOT_A_FILE, ENGINEERS),
            Call.upload("/api/imports/plant-measurements?plant=goviken", "text/csv", NOT_A_FILE, ENGINEERS),
            // Import jobs and any other import endpoint: add each one here, with its roles (the walk below fails
            // until it is).
            // Anyone signed in may follow their own import jobs; another's is 404 to all but ADMIN
            // (anImportJobIsSeenAndCancelledOnlyByItsStarterAndAdministrators).
            Call.multipart("/api/imports/nodes", "nodes.csv", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/nodes", "text/csv", NOT_A_FILE, ADMINS),
            Call.multipart("/api/imports/valves", "valves.csv", NOT_A_FILE, ADMINS),
            Call.upload("/api/imports/valves", "text/csv", NOT_A_FILE, ADMINS),
            // The network (issue 20)
            Call.reach("POST", "/api/nodes", "{}", ENGINEERS),
            Call.get("/api/nodes", ALL),
            Call.read("/api/nodes/RM-NONE", ALL),
            Call.reach("POST", "/api/valves", "{}", ENGINEERS),
            Call.get("/api/valves", ALL),
            Call.get("/api/valves?overdue=true", ALL),
            Call.read("/api/valves/RM-NONE", ALL),
            Call.reach("POST", "/api/valves/RM-NONE/exercises", "{}", ENGINEERS),
            Call.reach("POST", "/api/service-connections", "{}", ENGINEERS),
            Call.reach("POST", "/api/critical-customers", "{}", ENGINEERS),
            Call.read("/api/pipes/VA-RM-BASE/isolation", ALL),
            Call.read("/api/pipes/VA-RM-BASE/criticality", ALL),
            Call.get("/api/imports/jobs", ALL),
            // issue 18: mapping profiles shape bulk imports, so they are ADMIN's like those imports
            Call.get("/api/import-profiles", ADMINS),
            Call.read("/api/import-profiles/rm-none", ADMINS),
            Call.reach("POST", "/api/import-profiles", "{\"name\":\"rm\",\"columns\":{\"nope\":\"X\"}}", ADMINS),
            Call.read("/api/imports/jobs/00000000-0000-0000-0000-000000000000", ALL),
            Call.reach("DELETE", "/api/imports/jobs/00000000-0000-0000-0000-000000000000", null, ALL),
            Call.reach("POST", "/api/imports/jobs/00000000-0000-0000-0000-000000000000/cancel", null, ALL),
            // Renewal planning: plans and proposals are planning; everyone reads the plans.
            Call.reach("POST", "/api/renewal-plans", "{}", PLANNERS),
            Call.reach("POST", "/api/renewal-plans/PLAN-NONE/items", "{}", PLANNERS),
            Call.reach("POST", "/api/renewal-plans/PLAN-NONE/items/VA-RM-BASE/remove", null, PLANNERS),
            Call.reach("POST", "/api/renewal-plans/PLAN-NONE/submit", null, PLANNERS),
            Call.reach("POST", "/api/renewal-proposals", "{}", PLANNERS),
            new Call("POST", "/api/renewal-proposals", "application/json",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "{}".getBytes(StandardCharsets.UTF_8), PLANNERS, false),
            Call.get("/api/renewal-plans/PLAN-NONE/export",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ALL),
            Call.get("/api/renewal-plans", ALL),
            Call.read("/api/renewal-plans/PLAN-NONE", ALL),
            Call.get("/api/renewal-unit-costs", ALL),
            // Incidents
            Call.post("/api/incidents", INCIDENT, ENGINEERS),
            Call.post("/api/incidents/INC-RM-BASE/early-warning", "{\"report\":\"CSIRT told\"}", ADMINS),
            Call.post("/api/incidents/INC-RM-BASE/customer-notice", "{\"channel\":\"SMS\",\"text\":\"boil water\"}", ADMINS),
            Call.post("/api/incidents/INC-RM-BASE/intermediate-report-request",
                    "{\"requestedBy\":\"CERT-SE\",\"at\":\"2026-01-11T08:00:00Z\",\"dueAt\":\"2026-01-12T08:00:00Z\"}", ADMINS),
            Call.post("/api/incidents/INC-RM-BASE/reassess", "{\"reason\":\"new facts\",\"facts\":{\"otIntrusion\":true}}", ADMINS),
            Call.post("/api/incidents/INC-RM-NS/close-not-significant", "{\"reason\":\"sensor fault\"}", ADMINS),
            Call.get("/api/incidents", AUDITORS),
            Call.get("/api/incidents/INC-RM-BASE", AUDITORS),
            Call.get("/api/incidents/significance?outageHours=3&personsAffected=2500",
                    EnumSet.of(Role.ENGINEER, Role.AUDITOR, Role.ADMIN)),
            // Zones (issue 19): engineers and planners define zones, planners enter the billed and estimated
            // volumes, engineers import meter series; everyone reads the analyses.
            Call.post("/api/zones", "{\"id\":\"DMA-RM-%s\",\"name\":\"RM\",\"kind\":\"SUPPLY\",\"connections\":10,"
                    + "\"averagePressureM\":40,\"district\":\"RM\",\"inflowMeters\":[\"rm-in\"]}",
                    EnumSet.of(Role.ENGINEER, Role.PLANNER, Role.ADMIN)),
            Call.get("/api/zones", ALL),
            Call.read("/api/zones/DMA-NONE", ALL),
            Call.reach("POST", "/api/zones/DMA-NONE/volumes", "{}", PLANNERS),
            Call.read("/api/zones/DMA-NONE/water-balance?year=2025", ALL),
            Call.get("/api/zones/DMA-NONE/water-balance?year=2025", "text/csv", ALL),
            Call.get("/api/zones/DMA-NONE/water-balance?year=2025",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ALL),
            Call.read("/api/zones/DMA-NONE/night-flow", ALL),
            Call.get("/api/zones/DMA-NONE/night-flow", "text/csv", ALL),
            Call.read("/api/zones/DMA-NONE/infiltration?year=2025", ALL),
            Call.get("/api/zones/infiltration?year=2025", ALL),
            Call.get("/api/zones/signals", ALL),
            Call.get("/api/zones/water-balance?year=2025", ALL),
            Call.reach("POST", "/api/zones/DMA-NONE/signals/2025-06-05/confirm", "{}", ENGINEERS),
            Call.reach("POST", "/api/zones/DMA-NONE/signals/2025-06-05/dismiss", "{\"reason\":\"matrix\"}", ENGINEERS),
            Call.multipart("/api/imports/meter-series?zone=DMA-NONE&meter=m", "series.csv", NOT_A_FILE, ENGINEERS),
            Call.upload("/api/imports/meter-series?zone=DMA-NONE&meter=m", "text/csv", NOT_A_FILE, ENGINEERS),
            // The audit trail
            Call.get("/api/audit", AUDITORS),
            Call.get("/api/audit/verify", AUDITORS),
            Call.get("/api/audit/export", AUDITORS),
            Call.get("/api/audit/checkpoints", AUDITORS),
            Call.post("/api/audit/checkpoints", "", ADMINS),
            // People
            Call.get("/api/users", AUDITORS),
            Call.get("/api/users/bystander", AUDITORS),
            Call.post("/api/users", "{\"username\":\"new-%s\",\"password\":\"long-enough-pw\",\"roles\":[\"PLANNER\"]}", ADMINS),
            Call.post("/api/users/bystander/roles", "{\"roles\":[\"PLANNER\"]}", ADMINS),
            Call.post("/api/users/bystander/disable", "", ADMINS),
            Call.post("/api/users/bystander/enable", "", ADMINS),
            // Operations
            Call.get("/api/admin/dead-letters", ADMINS),
            Call.get("/api/admin/dead-letters/leaks", ADMINS),
            Call.reach("POST", "/api/admin/dead-letters/leaks/retry", null, ADMINS),
            Call.reach("DELETE", "/api/admin/dead-letters/leaks/00000000-0000-0000-0000-000000000000", null, ADMINS),
            Call.get("/api/admin/sanitised-fields", ADMINS),
            Call.get("/api/admin/projections", ADMINS),
            Call.get("/api/admin/projections/leaks", ADMINS),
            Call.reach("POST", "/api/admin/projections/leaks/rebuild", null, ADMINS));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

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
        var lastSetUp = admin.post("/api/incidents", INCIDENT.formatted("NS"));
        assertThat(lastSetUp.status()).isEqualTo(201);
        String caughtUp = "?minPosition=" + lastSetUp.header("X-Event-Position");
        assertThat(admin.get("/api/pipes/VA-RM-BASE" + caughtUp).status()).as("the register shows the set-up").isEqualTo(200);
        assertThat(admin.get("/api/incidents/INC-RM-NS" + caughtUp).status()).as("the incidents show the set-up").isEqualTo(200);
        int n = 0;
        for (Call call : MATRIX) {
            for (Role role : Role.values()) {
                String user = "rm-" + role.name().toLowerCase();
                Api api = Api.at(port, user, "password-" + role);
                String suffix = role.name() + n++;
                byte[] body = call.body() == null ? null : new String(call.body(), StandardCharsets.UTF_8).contains("%s")
                        ? new String(call.body(), StandardCharsets.UTF_8).formatted(suffix).getBytes(StandardCharsets.UTF_8)
                        : call.body();
                String path = call.path(role);
                String request = call.method() + " " + path.replaceFirst("\\?.*", "");
                long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
                long refusalsBefore = audited(user, "FORBIDDEN", request);
                var response = call.accept() == null ? api.send(call.method(), path, call.contentType(), body)
                        : api.send(call.method(), path, call.contentType(), body, "Accept", call.accept());
                String what = role + " " + call + " -> " + response;
                if (call.allowed().contains(role)) {
                    if (call.mustSucceed()) {
                        assertThat(response.status()).as(what).isBetween(200, 299);
                    } else {
                        assertThat(response.status()).as(what).isNotIn(401, 403).isLessThan(500);
                    }
                } else {
                    assertThat(response.status()).as(what).isEqualTo(403);
                    assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                    assertThat(audited(user, "FORBIDDEN", request)).as(what).isEqualTo(refusalsBefore + 1);
                    assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class))
                            .as(what).isEqualTo(eventsBefore);
                }
            }
        }
    }

    /** Walks Spring MVC's request mappings: an /api endpoint that no call of the matrix reaches fails here. */
    @Test
    void everyApiEndpointIsInTheMatrix() {
        assertThat(missingFrom(MATRIX)).as("endpoints missing from RoleMatrixTest.MATRIX (and from README's role matrix)")
                .isEmpty();
        assertThat(handlerMapping.getHandlerMethods().keySet().stream()
                .filter(mapping -> mapping.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))).count())
                .as("the walk sees the API").isGreaterThan(50);
    }

    @Test
    void anEndpointLeftOutOfTheMatrixIsNamed() {
        List<Call> withoutUnitCosts = MATRIX.stream().filter(call -> !call.path().equals("/api/renewal-unit-costs")).toList();
        assertThat(missingFrom(withoutUnitCosts)).singleElement().asString()
                .contains("/api/renewal-unit-costs").contains("RenewalProposalController.unitCosts");
    }

    List<String> missingFrom(List<Call> matrix) {
        List<String> missing = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((mapping, method) -> {
            boolean api = mapping.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
            if (api && matrix.stream().noneMatch(call -> mapping.getMatchingCondition(mockRequest(call)) != null)) {
                missing.add(mapping + " -> " + method.getBeanType().getSimpleName() + "." + method.getMethod().getName());
            }
        });
        return missing;
    }

    static MockHttpServletRequest mockRequest(Call call) {
        String path = call.path(Role.ADMIN);
        int query = path.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest(call.method(), query < 0 ? path : path.substring(0, query));
        if (query >= 0) {
            request.setQueryString(path.substring(query + 1));
            for (String pair : path.substring(query + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.addParameter(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        if (call.contentType() != null) {
            request.setContentType(call.contentType());
        }
        if (call.accept() != null) {
            request.addHeader("Accept", call.accept());
        }
        ServletRequestPathUtils.parseAndCache(request);
        return request;
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
