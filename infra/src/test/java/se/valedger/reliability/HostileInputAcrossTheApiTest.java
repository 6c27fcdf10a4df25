package se.valedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/**
 * The hostile-input table of {@link HostileInputTest}, over every other command endpoint, the query
 * parameters of the read endpoints and every importer: each row is answered with a 4xx problem detail
 * that names the field (or the line of the file) and stores no event. Body limits are lowered here so
 * an over-the-limit upload stays cheap to send.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"valedger.http.max-body=2MB", "spring.servlet.multipart.max-file-size=2MB",
        "spring.servlet.multipart.max-request-size=2MB"})
class HostileInputAcrossTheApiTest {

    static final String JSON = "application/json";
    static final String CSV = "text/csv";
    static final String PIPE = """
            {"id":"HX-1","networkKind":"DRINKING_WATER","material":"DUCTILE_IRON","diameterMm":200,"lengthM":100.0,
             "installationYear":1970,"district":"Odensala","consequenceClass":3}""";
    static final String LEAK = """
            {"pipeId":"HX-1","kind":"BURST","severity":"HIGH","estimatedFlowLps":4.5,
             "position":{"crs":"EPSG:3006","x":492050.0,"y":6995030.0},"reportedAt":"2026-01-02T06:40:00Z"}""";
    static final String REPAIR = """
            {"repairedAt":"2026-01-10T15:00:00Z","method":"CLAMP","repairHours":5,"cause":"CIRCUMFERENTIAL_CRACK"}""";
    static final String PLANT = """
            {"id":"p-hostile","name":"Hostile plant","permit":{"personEquivalents":1000,"designFlowM3PerDay":1000.0,
             "validFrom":"2020-01-01","reference":"M 1-20"}}""";
    static final String MEASUREMENT = "{\"date\":\"2024-05-01\",\"inflowM3\":700,\"bod7Kg\":70}";
    static final String BYPASS = """
            {"start":"2024-04-20T03:00:00Z","end":"2024-04-20T09:00:00Z","volumeM3":1250.5,
             "location":"inlet overflow","cause":"SNOWMELT","recipient":"Storsjön"}""";
    static final String PERMIT = """
            {"personEquivalents":2000,"designFlowM3PerDay":2000.0,"validFrom":"2024-01-01","decisionReference":"L 1"}""";
    static final String PLAN = "{\"year\":2031,\"budgetSek\":100000,\"items\":[{\"pipeId\":\"HX-1\",\"method\":\"RELINING\"}]}";
    static final String PROPOSAL = "{\"year\":2031,\"budgetSek\":100000,\"strategy\":\"highest-risk\"}";
    static final String INCIDENT = """
            {"awareAt":"2026-01-10T08:00:00Z","description":"pump station alarm","affectedServices":["drinking water"],
             "suspectedMalicious":false,"crossBorder":false}""";
    static final String USER = "{\"username\":\"hx-user\",\"password\":\"long-enough-password\",\"roles\":[\"PLANNER\"]}";
    static final String LEAKS = "/api/leaks";
    static final String A_LEAK = "/api/leaks/{leak}/";
    static final String PLANTS = "/api/plants/p-hostile/";
    static final String PLANS = "/api/renewal-plans";
    static final String A_PLAN = "/api/renewal-plans/{plan}/";
    static final String INCIDENTS = "/api/incidents";

    /** One hostile request and what the answer must say: the field (or null), and a fragment of the detail. */
    record Case(String name, String method, String path, String contentType, byte[] body, int status, String field,
                String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case post(String name, String path, String body, int status, String field, String detail) {
        return new Case(name, "POST", path, JSON, body.getBytes(StandardCharsets.UTF_8), status, field, detail);
    }

    static Case get(String name, String path, String field, String detail) {
        return new Case(name, "GET", path, null, null, 400, field, detail);
    }

    static Case file(String name, String path, String contentType, byte[] body, int status, String field, String detail) {
        return new Case(name, "POST", path, contentType, body, status, field, detail);
    }

    static Case upload(String name, String path, byte[] file, int status, String detail) {
        return new Case(name, "POST", path, "multipart/form-data; boundary=" + BOUNDARY, multipart(file), status, null, detail);
    }

    static Stream<Case> commands() {
        return Stream.of(
                // leaks
                post("leak: malformed JSON", LEAKS, "{\"kind\":", 400, null, "not valid JSON"),
                post("leak: unknown severity", LEAKS, LEAK.replace("HIGH", "APOCALYPTIC"), 400, "severity", "HIGH"),
                post("leak: unknown kind", LEAKS, LEAK.replace("BURST", "FLOOD"), 400, "kind", ""),
                post("leak: text for the flow", LEAKS, LEAK.replace("4.5", "\"lots\""), 400, "estimatedFlowLps", "number"),
                post("leak: text for a coordinate", LEAKS, LEAK.replace("492050.0", "\"east\""), 400, "position.x", "number"),
                post("leak: an impossible time", LEAKS, LEAK.replace("2026-01-02T06:40:00Z", "2026-01-32T06:40:00Z"), 400,
                        "reportedAt", ""),
                post("leak: an injection string as pipe id", LEAKS, LEAK.replace("\"HX-1\"", "\"x'; DROP TABLE register.pipe;--\""),
                        400, "pipeId", "no pipe"),
                post("leak: unknown field", LEAKS, LEAK.replace("\"reporter\"", "x").replace("\"kind\"", "\"kinds\""), 400,
                        "kinds", "unknown field"),
                post("leak: an array", LEAKS, "[" + LEAK + "]", 400, null, ""),
                post("leak: over the limit", LEAKS, LEAK.replace("\"BURST\"", "\"BURST\",\"reporter\":\"" + "r".repeat(1_100_000) + "\""),
                        413, null, "larger than"),
                file("leak: invalid UTF-8", LEAKS, JSON, invalidUtf8(LEAK), 400, null, "UTF-8"),
                post("leak: a NUL in the reporter", LEAKS, LEAK.replace("\"BURST\"", "\"BURST\",\"reporter\":\"E.\\u0000Ek\""), 400,
                        "reporter", "U+0000"),
                post("leak: a lone surrogate in the CRS", LEAKS, LEAK.replace("EPSG:3006", "EPSG:\\uDC003006"), 400, "position.crs",
                        "U+DC00"),
                post("leak: reported before 1900", LEAKS, LEAK.replace("2026-01-02T06:40:00Z", "1899-12-31T06:40:00Z"), 400,
                        "reportedAt", "1900"),
                post("leak: reported next year", LEAKS, LEAK.replace("2026-01-02T06:40:00Z", "2999-01-02T06:40:00Z"), 400,
                        "reportedAt", "future"),
                post("leak: outside SWEREF 99 TM", LEAKS, LEAK.replace("6995030.0", "99.0"), 400, "position", "EPSG:3006"),
                post("leak action: a NUL in a note", A_LEAK + "confirm", "{\"note\":\"ok\\u0000\"}", 400, "note", "U+0000"),
                post("leak action: unknown repair method", A_LEAK + "repair", REPAIR.replace("CLAMP", "GLUE"), 400, "method", "CLAMP"),
                post("leak action: unknown cause", A_LEAK + "repair", REPAIR.replace("CIRCUMFERENTIAL_CRACK", "GREMLINS"), 400,
                        "cause", ""),
                post("leak action: text for hours", A_LEAK + "repair", REPAIR.replace(":5,", ":\"five\","), 400, "repairHours", ""),
                post("leak action: bad schedule time", A_LEAK + "schedule-repair", "{\"scheduledFor\":\"tomorrow\"}", 400,
                        "scheduledFor", ""),
                post("leak action: malformed", A_LEAK + "confirm", "{\"note\":", 400, null, "not valid JSON"),
                post("leak action: a number for the note", A_LEAK + "confirm", "{\"note\":{\"x\":1}}", 400, "note", ""),
                post("leak action: unknown action", A_LEAK + "explode", "{}", 404, null, "confirm"),
                // plants
                post("plant: text for the population", "/api/plants", PLANT.replace("1000,", "\"many\","), 400,
                        "permit.personEquivalents", ""),
                post("plant: permit is a list", "/api/plants", PLANT.replace("{\"personEquivalents\"", "[{\"personEquivalents\"")
                        .replace("\"M 1-20\"}", "\"M 1-20\"}]"), 400, "permit", ""),
                post("measurement: impossible date", PLANTS + "measurements", MEASUREMENT.replace("05-01", "13-01"), 400, "date", ""),
                post("measurement: text for inflow", PLANTS + "measurements", MEASUREMENT.replace("700", "\"700 m3\""), 400,
                        "inflowM3", "number"),
                post("measurement: a huge exponent", PLANTS + "measurements", MEASUREMENT.replace("700", "1e999999999"), 400,
                        null, ""),
                post("measurement: NaN", PLANTS + "measurements", MEASUREMENT.replace("700", "NaN"), 400, null, ""),
                post("measurement: negative inflow", PLANTS + "measurements", MEASUREMENT.replace("700", "-1"), 400, "inflowM3", ""),
                post("plant: an id with '..'", "/api/plants", PLANT.replace("p-hostile", "p..x"), 400, "id", ".."),
                post("plant: an id with a slash", "/api/plants", PLANT.replace("p-hostile", "p/x"), 400, "id", "U+002F"),
                post("bypass: a NUL in the recipient", PLANTS + "bypasses", BYPASS.replace("Storsjön", "Stor\\u0000sjön"), 400,
                        "recipient", "U+0000"),
                post("permit: valid from beyond 2200", PLANTS + "permit", PERMIT.replace("2024-01-01", "2201-01-01"), 400,
                        "validFrom", "2200"),
                post("bypass: a start beyond the year 9999", PLANTS + "bypasses",
                        BYPASS.replace("2024-04-20T03:00:00Z", "+999999-04-20T03:00:00Z"), 400, "start", "9999"),
                post("permit: valid from in the year 0", PLANTS + "permit", PERMIT.replace("2024-01-01", "0000-01-01"), 400,
                        "validFrom", "0001"),
                post("bypass: unknown cause", PLANTS + "bypasses", BYPASS.replace("SNOWMELT", "METEOR"), 400, "cause", "RAIN"),
                post("bypass: text for volume", PLANTS + "bypasses", BYPASS.replace("1250.5", "\"a lot\""), 400, "volumeM3", ""),
                post("bypass: a date for an instant", PLANTS + "bypasses", BYPASS.replace("2024-04-20T03:00:00Z", "2024-04-20"), 400,
                        "start", ""),
                post("permit: fraction of a person", PLANTS + "permit", PERMIT.replace("2000,", "2000.5,"), 400,
                        "personEquivalents", ""),
                post("permit: malformed", PLANTS + "permit", PERMIT.substring(0, 30), 400, null, "JSON"),
                file("permit: Latin-1", PLANTS + "permit", JSON, PERMIT.replace("L 1", "Länsstyrelsen").getBytes(StandardCharsets.ISO_8859_1),
                        400, null, "UTF-8"),
                // renewal plans and proposals
                post("plan: text for the year", PLANS, PLAN.replace("2031", "\"next\""), 400, "year", "whole number"),
                post("plan: unknown method", PLANS, PLAN.replace("RELINING", "MAGIC"), 400, "items[0].method", ""),
                post("plan: budget too large", PLANS, PLAN.replace("100000", "1" + "0".repeat(30)), 400, "budgetSek", ""),
                post("plan: unknown strategy", PLANS, "{\"year\":2031,\"budgetSek\":1,\"fromProposal\":\"random\"}", 400,
                        "fromProposal", ""),
                post("plan: items an object", PLANS, "{\"year\":2031,\"budgetSek\":1,\"items\":{\"pipeId\":\"HX-1\"}}", 400,
                        "items", ""),
                post("plan item: unknown pipe", A_PLAN + "items", "{\"pipeId\":\"NO-SUCH-PIPE\"}", 400, "pipeId", ""),
                post("plan item: text for the cost", A_PLAN + "items", "{\"pipeId\":\"HX-1\",\"estimatedCostSek\":\"cheap\"}", 400,
                        "estimatedCostSek", ""),
                post("plan action: unknown material", A_PLAN + "execute", "{\"pipeId\":\"HX-1\",\"newMaterial\":\"GOLD\"}", 400,
                        "newMaterial", "PVC"),
                post("plan action: malformed", A_PLAN + "return", "{\"reason\"", 400, null, "JSON"),
                post("plan action: unknown action", A_PLAN + "burn", "", 400, "action", ""),
                post("proposal: unknown strategy", "/api/renewal-proposals", PROPOSAL.replace("highest-risk", "dartboard"), 400,
                        "strategy", ""),
                post("proposal: text for the year", "/api/renewal-proposals", PROPOSAL.replace("2031", "\"soon\""), 400, "year", ""),
                post("proposal: negative budget", "/api/renewal-proposals", PROPOSAL.replace("100000", "-5"), 400, "budgetSek", ""),
                // incidents
                post("incident: a NUL in the description", INCIDENTS, INCIDENT.replace("pump station", "pump\\u0000station"), 400,
                        "description", "U+0000"),
                post("incident: a non-character in a list", INCIDENTS, INCIDENT.replace("drinking water", "drinking \\uFDD0water"), 400,
                        "affectedServices[0]", "U+FDD0"),
                post("plan: a key twice", PLANS, PLAN.replace("{\"year\":2031", "{\"year\":2031,\"year\":2032"), 400, "year", "twice"),
                post("plan: a second object after the first", PLANS, PLAN + PLAN, 400, null, "more follows"),
                post("plan: a stray brace after the object", PLANS, PLAN + "}", 400, null, "not valid JSON"),
                post("incident: bad time", INCIDENTS, INCIDENT.replace("2026-01-10T08:00:00Z", "yesterday"), 400, "awareAt", ""),
                post("incident: text for a flag", INCIDENTS, INCIDENT.replace("\"suspectedMalicious\":false",
                        "\"suspectedMalicious\":\"maybe\""), 400, "suspectedMalicious", ""),
                post("incident: services not a list", INCIDENTS, INCIDENT.replace("[\"drinking water\"]", "{\"a\":1}"), 400,
                        "affectedServices", ""),
                post("incident: malformed", INCIDENTS, INCIDENT.substring(0, 40), 400, null, "JSON"),
                post("incident step: bad time", "/api/incidents/INC-HX/early-warning", "{\"at\":\"soon\",\"report\":\"x\"}", 400,
                        "at", ""),
                post("incident step: unknown step", "/api/incidents/INC-HX/publish", "{}", 400, "action", ""),
                // users (not events, but they must not change either: checked through the user table below)
                post("user: unknown role", "/api/users", USER.replace("PLANNER", "KING"), 400, "roles[0]", "ADMIN"),
                post("user: roles not a list", "/api/users", USER.replace("[\"PLANNER\"]", "{\"r\":1}"), 400, "roles", ""),
                post("user: short password", "/api/users", USER.replace("long-enough-password", "pw"), 400, "password", ""),
                post("user: injection as name", "/api/users", USER.replace("hx-user", "x'; DELETE FROM security.app_user;--"), 400,
                        "username", ""),
                post("user: malformed", "/api/users", "{\"username\":", 400, null, "JSON"),
                post("user roles: unknown role", "/api/users/hx-existing/roles", "{\"roles\":[\"ROOT\"]}", 400, "roles[0]", ""),
                post("user roles: text for the list", "/api/users/hx-existing/roles", "{\"roles\":42}", 400, "roles", ""));
    }

    static Stream<Case> queries() {
        return Stream.of(
                get("audit: a time that is not one", "/api/audit?from=last-week", "from", ""),
                get("audit: text for the page", "/api/audit?page=first", "page", "whole number"),
                get("audit: negative page", "/api/audit?page=-1", "page", ""),
                get("audit: zero size", "/api/audit?size=0", "size", ""),
                get("audit: enormous size", "/api/audit?size=100000000", "size", ""),
                get("audit: size beyond an int", "/api/audit?size=99999999999", "size", ""),
                get("audit: unknown outcome", "/api/audit?outcome=MAYBE", "outcome", ""),
                get("audit export: unknown format", "/api/audit/export?format=xml", "format", ""),
                get("audit export: bad time", "/api/audit/export?to=2026-99-01", "to", ""),
                get("audit verify: text for the sequence", "/api/audit/verify?expectSeq=last", "expectSeq", ""),
                get("backlog: unknown network", "/api/backlog?networkKind=LAVA", "networkKind", "DRINKING_WATER"),
                get("backlog: unknown sort", "/api/backlog?sort=RANDOM", "sort", ""),
                get("backlog: unknown status", "/api/backlog?status=LOST", "status", ""),
                get("backlog: text for the page", "/api/backlog?page=x", "page", ""),
                get("backlog: negative page", "/api/backlog?page=-3", "page", ""),
                get("backlog: zero size", "/api/backlog?size=0", "size", ""),
                get("backlog: enormous size", "/api/backlog?size=2000000000", "size", ""),
                get("backlog: text for the position", "/api/backlog?minPosition=latest", "minPosition", ""),
                get("aging: text for the year", "/api/network/aging?year=this", "year", ""),
                get("aging: a year out of range", "/api/network/aging?year=99999", "year", ""),
                get("aging: negative year", "/api/network/aging?year=-40", "year", ""),
                get("leaks: unknown status", "/api/leaks?status=GONE", "status", ""),
                get("incidents: text for a number", "/api/incidents/significance?outageHours=long", "outageHours", ""),
                // text no store can hold, in filters and ids (issue 14, items 2a and 11)
                get("register: a NUL in the district", "/api/pipes?district=%00", "district", "U+0000"),
                get("register: a NUL in the id prefix", "/api/pipes?idPrefix=VA%00", "idPrefix", "at position 3"),
                // Tomcat itself refuses an encoded NUL in the path; the answer is still problem+json (ProblemJsonErrorReportValve)
                get("register: a NUL in a pipe id", "/api/pipes/VA%00", null, "encoded NUL"),
                get("register: a control character in a history id", "/api/pipes/VA%1B/history", "id", "U+001B"),
                get("leaks: a NUL in the pipe", "/api/leaks?pipeId=%00", "pipeId", "U+0000"),
                get("leaks: a NUL in the source", "/api/leaks?source=x%00", "source", "U+0000"),
                get("leaks: a NUL in a leak id", "/api/leaks/L%00", null, "encoded NUL"),
                get("leaks: a lone surrogate in a leak id", "/api/leaks/L%ED%A0%80", null, ""),
                get("backlog: a NUL in the district", "/api/backlog?district=%00", "district", "U+0000"),
                get("audit: a NUL in the user", "/api/audit?user=%00", "user", "U+0000"),
                get("audit: a NUL in the aggregate", "/api/audit?aggregate=a%00", "aggregate", "U+0000"),
                get("renewal plans: a NUL in the status", "/api/renewal-plans?status=%00", "status", "U+0000"),
                get("renewal plans: a NUL in a plan id", "/api/renewal-plans/p%00", null, "encoded NUL"),
                get("renewal plans: a DEL in a plan id", "/api/renewal-plans/p%7F", "id", "U+007F"),
                get("a NUL in a parameter's name", "/api/pipes?dis%00trict=x", "parameter name", "not allowed"),
                // instants and dates no database can hold
                get("audit: epoch milliseconds past any calendar", "/api/audit?from=9223372036854775807", "from", "9999"),
                get("audit: a year beyond 9999", "/api/audit?to=%2B10000-01-01T00:00:00Z", "to", "9999"),
                get("audit export: a time past any calendar", "/api/audit/export?from=9223372036854775807", "from", "9999"),
                get("plant capacity: a year beyond 9999", "/api/plants/p-hostile/capacity?to=%2B10000-01-01", "to", "9999"),
                get("pipe as of a year beyond 9999", "/api/pipes/HX-1?asOf=%2B100000-01-01T00:00:00Z", "asOf", "9999"),
                get("a URL over 8 KB", "/api/pipes?district=" + "x".repeat(9000), null, "8 KB"),
                get("plant capacity: bad date", "/api/plants/p-hostile/capacity?from=1st-of-May", "from", ""));
    }

    static final String EPANET = "/api/imports/epanet";
    static final String PIPES_CSV = "/api/imports/pipes-csv";
    static final String EN13508 = "/api/imports/en13508";
    static final String LEAKS_CSV = "/api/imports/leaks-csv?source=HX";
    static final String PLANT_CSV = "/api/imports/plant-measurements?plant=p-hostile";
    static final String INP = """
            [TITLE]
            hostile
            [JUNCTIONS]
            J1 100 0
            J2 100 0
            [PIPES]
            HXP1 J1 J2 1000 200 100 0 Open
            [OPTIONS]
            Units LPS
            [COORDINATES]
            J1 1 1
            J2 2 2
            [END]
            """;
    static final String PIPES = """
            id,networkKind,material,diameterMm,lengthM,installationYear
            HXC-1,WASTEWATER,PVC,225,60.5,1990
            """;
    static final String LADWP = """
            LEAK_ID,RPT_DATE,ADDRESS,MAIN_ST,CROSS_ST,PIPE_SIZE,PIPE_TYPE,YR_INST,LEAK_TYPE,REPAIR_HRS,REMARKS,LAT,LON
            91,1-Jan-10,1 MAIN ST,,,6,C.I.,1961,ROUND CRACK,7,,34.3,-118.4
            """;
    static final String DAILY = """
            Datum;Inflöde (m3/d);BOD7 (kg/d)
            2024-01-01;21000;4200
            """;

    static Stream<Case> imports() {
        byte[] garbage = new byte[4096];
        new Random(10).nextBytes(garbage);
        byte[] huge = ("id,networkKind\n" + "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                file("epanet: empty", EPANET, "text/plain", new byte[0], 400, null, ""),
                file("epanet: binary garbage", EPANET, "application/octet-stream", garbage, 400, null, "line"),
                file("epanet: UTF-16", EPANET, "text/plain", INP.getBytes(StandardCharsets.UTF_16), 400, null, "line"),
                file("epanet: invalid UTF-8", EPANET, "text/plain", invalidUtf8(INP.replace("hostile", "Östersund")), 400, null, "UTF-8"),
                file("epanet: truncated", EPANET, "text/plain", utf8(INP.substring(0, INP.indexOf("[OPTIONS]"))), 400, null, "truncated"),
                file("epanet: wrong section", EPANET, "text/plain", utf8(INP.replace("[PIPES]", "[PIPEZ]")), 400, null, "PIPEZ"),
                file("epanet: non-numeric length", EPANET, "text/plain", utf8(INP.replace("1000 200", "long 200")), 400, null, "line 7"),
                file("epanet: over the limit", EPANET, "text/plain", huge, 413, null, "larger than"),
                upload("epanet: empty upload", EPANET, new byte[0], 400, ""),
                upload("epanet: upload over the limit", EPANET, huge, 413, ""),
                file("pipes-csv: empty", PIPES_CSV, CSV, new byte[0], 400, null, "empty"),
                file("pipes-csv: binary garbage", PIPES_CSV, CSV, garbage, 400, null, "line"),
                file("pipes-csv: UTF-16", PIPES_CSV, CSV, PIPES.getBytes(StandardCharsets.UTF_16), 400, null, "line 1"),
                file("pipes-csv: invalid UTF-8", PIPES_CSV, CSV, invalidUtf8(PIPES), 400, null, "UTF-8"),
                file("pipes-csv: truncated inside a quote", PIPES_CSV, CSV, utf8(PIPES.replace("HXC-1", "\"HXC-1")), 400, null, "quoted"),
                file("pipes-csv: wrong header", PIPES_CSV, CSV, utf8(PIPES.replace("diameterMm", "colour")), 400, null, "line 1"),
                file("pipes-csv: non-numeric length", PIPES_CSV, CSV, utf8(PIPES.replace("60.5", "sixty")), 400, null, "line 2"),
                file("pipes-csv: over the limit", PIPES_CSV, CSV, huge, 413, null, "larger than"),
                upload("pipes-csv: upload over the limit", PIPES_CSV, huge, 413, ""),
                file("en13508: empty", EN13508, CSV, new byte[0], 400, "file", "empty"),
                file("en13508: binary garbage", EN13508, "application/octet-stream", garbage, 400, null, "line"),
                file("en13508: UTF-16", EN13508, "text/plain", en13508().getBytes(StandardCharsets.UTF_16), 400, null, "line"),
                file("en13508: truncated header", EN13508, "text/plain", utf8(en13508().substring(0, en13508().indexOf("#B01"))), 400,
                        null, ""),
                file("en13508: a pipe CSV instead", EN13508, "text/plain", utf8(PIPES), 400, null, "line 1"),
                file("en13508: over the limit", EN13508, "text/plain", huge, 413, null, "larger than"),
                upload("en13508: empty upload", EN13508, new byte[0], 400, ""),
                file("leaks-csv: empty", LEAKS_CSV, CSV, new byte[0], 400, "file", "empty"),
                file("leaks-csv: binary garbage", LEAKS_CSV, CSV, garbage, 400, null, "line"),
                file("leaks-csv: UTF-16", LEAKS_CSV, CSV, LADWP.getBytes(StandardCharsets.UTF_16), 400, null, "line 1"),
                file("leaks-csv: a pipe CSV instead", LEAKS_CSV, CSV, utf8(PIPES), 400, null, "line 1"),
                // A quote the file never closes: its last row was cut short, so the whole file is refused (issue 14).
                file("leaks-csv: unclosed quote", LEAKS_CSV, CSV, utf8(LADWP.replace(",,34.3", ",\"open,34.3")), 400, "file",
                        "cut short"),
                file("leaks-csv: bad source", "/api/imports/leaks-csv?source=x';--", CSV, utf8(LADWP), 400, "source", ""),
                file("leaks-csv: over the limit", LEAKS_CSV, CSV, huge, 413, null, "larger than"),
                upload("leaks-csv: empty upload", LEAKS_CSV, new byte[0], 400, ""),
                file("plant csv: empty", PLANT_CSV, CSV, new byte[0], 400, "file", ""),
                file("plant csv: binary garbage", PLANT_CSV, CSV, garbage, 400, null, "line"),
                file("plant csv: UTF-16", PLANT_CSV, CSV, DAILY.getBytes(StandardCharsets.UTF_16), 400, null, "line 1"),
                file("plant csv: no date column", PLANT_CSV, CSV, utf8(DAILY.replace("Datum", "Kommentar")), 400, null, "line 1"),
                file("plant csv: a pipe CSV instead", PLANT_CSV, CSV, utf8(PIPES), 400, null, "line 1"),
                file("plant csv: unknown plant", "/api/imports/plant-measurements?plant=nowhere", CSV, utf8(DAILY), 404, null, ""),
                file("plant csv: no plant", "/api/imports/plant-measurements", CSV, utf8(DAILY), 400, "plant", ""),
                file("plant csv: over the limit", PLANT_CSV, CSV, huge, 413, null, "larger than"),
                upload("plant csv: upload over the limit", PLANT_CSV, huge, 413, ""));
    }

    /** A bad row in an otherwise readable file: the per-row report names its line and field, and nothing of it is stored. */
    record BadRow(String name, String path, byte[] file, long line, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadRow> badRows() {
        return Stream.of(
                new BadRow("en13508: non-numeric distance", EN13508, utf8(en13508().replace("0.5,,BAC", "half,,BAC")), 11, "I"),
                new BadRow("leaks-csv: impossible date", LEAKS_CSV, utf8(LADWP.replace("1-Jan-10", "31-Feb-10")), 2, "RPT_DATE"),
                new BadRow("plant csv: non-numeric inflow", PLANT_CSV, utf8(DAILY.replace("21000", "lots")), 2, null),
                new BadRow("plant csv: impossible date", PLANT_CSV, utf8(DAILY.replace("2024-01-01", "2024-02-30")), 2, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedWithItsLineAndNothingOfItIsStored(BadRow bad) {
        long before = events();
        Api.Response response = admin.send("POST", bad.path(), CSV, bad.file());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var report = response.json();
        assertThat(report.get("accepted").asInt()).as(response.body()).isZero();
        var error = report.get("errors").get(0);
        assertThat(error.get("line").asLong()).as(response.body()).isEqualTo(bad.line());
        if (bad.field() != null) {
            assertThat(error.get("field").asText()).isEqualTo(bad.field());
        }
        assertThat(error.get("reason").asText()).isNotBlank();
        assertThat(events()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void aLeakRowWhoseLatitudeIsNotANumberKeepsItsAddressAndSaysSoNamingLineAndColumn() {
        var report = admin.send("POST", LEAKS_CSV.replace("HX", "HXLAT"), CSV,
                utf8(LADWP.replace("34.3", "north").replace("91,", "92,"))).json();
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        var warning = report.get("warnings").get(0);
        assertThat(warning.get("line").asLong()).isEqualTo(2);
        assertThat(warning.get("field").asText()).isEqualTo("LAT");
        assertThat(warning.get("reason").asText()).contains("north");
    }

    @org.junit.jupiter.api.Test
    void aNotFoundAfterAMinPositionWaitThatTheProjectionDidNotReachSaysItIsBehind() {
        var missing = admin.get("/api/pipes/HX-NOT-YET?minPosition=" + Long.MAX_VALUE / 2);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.header("X-Projection-Behind")).isEqualTo("true");

        var reached = admin.get("/api/pipes/HX-NOT-YET?minPosition=0");
        assertThat(reached.status()).isEqualTo(404);
        assertThat(reached.header("X-Projection-Behind")).isNull();
    }

    @org.junit.jupiter.api.Test
    void aRowWithANulInATextCellIsReportedWithItsLineAndFieldAndTheRestOfTheFileIsImported() {
        long before = events();
        String file = PIPES.replace("1990\n", "1990\nHXC-NUL,WASTEWATER,PVC,225,60.5,1991\n")
                .replace("id,networkKind,material,diameterMm,lengthM,installationYear",
                        "id,networkKind,material,diameterMm,lengthM,installationYear,district")
                .replace("1990\n", "1990,Lugnvik\n").replace("1991\n", "1991,Lug\u0000nvik\n");
        var report = admin.send("POST", PIPES_CSV, CSV, utf8(file)).json();

        assertThat(report.get("accepted").asInt()).as(report.toString()).isEqualTo(1);
        var error = report.get("errors").get(0);
        assertThat(error.get("line").asLong()).as(report.toString()).isEqualTo(3);
        assertThat(error.get("field").asText()).isEqualTo("district");
        assertThat(error.get("reason").asText()).contains("U+0000");
        assertThat(events()).as("the good row is stored").isGreaterThan(before);
    }

    @org.junit.jupiter.api.Test
    void aJsonBodyInUtf16WithItsMarkIsReadAsTheSameTextNotGarbled() {
        byte[] body = LEAK.replace("\"BURST\"", "\"BURST\",\"reporter\":\"Östen Åhlén\"").getBytes(StandardCharsets.UTF_16);
        var reported = admin.send("POST", LEAKS, JSON, body);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        var leak = admin.get("/api/leaks/" + reported.json().get("id").asText() + "?minPosition="
                + reported.header("X-Event-Position"));
        assertThat(leak.json().get("reporter").asText()).isEqualTo("Östen Åhlén");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Api admin;
    String leakId;
    String planId;

    @BeforeAll
    void somethingToActOn() {
        admin = Api.at(port, "admin", "admin-password");
        var pipe = admin.post("/api/pipes", PIPE);
        assertThat(pipe.status()).as(pipe.body()).isEqualTo(201);
        admin.get("/api/pipes/HX-1?minPosition=" + pipe.header("X-Event-Position"));
        var leak = admin.post(LEAKS, LEAK);
        assertThat(leak.status()).as(leak.body()).isEqualTo(201);
        leakId = leak.json().get("id").asText();
        var plant = admin.post("/api/plants", PLANT);
        assertThat(plant.status()).as(plant.body()).isEqualTo(201);
        var plan = admin.post(PLANS, PLAN);
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        planId = plan.json().get("id").asText();
        var incident = admin.post(INCIDENTS, INCIDENT.replace("{", "{\"id\":\"INC-HX\","));
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        var user = admin.post("/api/users", USER.replace("hx-user", "hx-existing"));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    String users() {
        return jdbc.queryForList("SELECT username || ':' || roles || ':' || enabled FROM security.app_user ORDER BY username",
                String.class).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aHostileCommandIsAnswered4xxNamingTheFieldAndStoresNothing(Case hostile) {
        refusedWithoutAChange(hostile);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aHostileQueryParameterIsAnswered400NamingTheParameter(Case hostile) {
        refusedWithoutAChange(hostile);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imports")
    void aBrokenFileIsRefusedWholeNamingTheLineAndStoresNothing(Case hostile) {
        refusedWithoutAChange(hostile);
    }

    private void refusedWithoutAChange(Case hostile) {
        long before = events();
        String userTable = users();
        String path = hostile.path().replace("{leak}", leakId).replace("{plan}", planId);
        Api.Response response = admin.send(hostile.method(), path, hostile.contentType(), hostile.body());

        assertThat(response.status()).as(response.body()).isEqualTo(hostile.status());
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isNotBlank().containsIgnoringCase(hostile.detail());
        if (hostile.field() != null) {
            assertThat(response.json().path("field").asText()).as(response.body()).isEqualTo(hostile.field());
        }
        assertThat(events()).isEqualTo(before);
        assertThat(users()).isEqualTo(userTable);
    }

    static final String BOUNDARY = "hostile-boundary";

    static byte[] multipart(byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text in UTF-8 with a lone continuation byte and a truncated two-byte sequence in its middle. */
    static byte[] invalidUtf8(String text) {
        byte[] bytes = utf8(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, bytes.length / 2);
        out.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC3, 0x28});
        out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        return out.toByteArray();
    }

    static String en13508() {
        try {
            return java.nio.file.Files.readString(se.valedger.testing.SharedData.file("en13508/example_13508_2.txt"),
                    StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
