package se.valedger.http.api.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.app.users.Role;
import se.valedger.app.users.UserAccounts;
import se.valedger.testing.Api;
import se.valedger.testing.InspectionJson;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

@IntegrationTest
class PipeApiTest {

    static final String VA_1042 = pipe("VA-1042").json();

    /** VA-1042's record under another id: a ductile-iron main in Odensala. */
    static PipeJson pipe(String id) {
        return PipeJson.pipe(id).material("DUCTILE_IRON").diameter(150).length(120.5).laid(1974).district("Odensala")
                .consequenceClass(3).line(492000.0, 6995000.0, 492100.0, 6995060.0);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    long events() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event", Long.class);
    }

    @Test
    void aRegisteredAndInspectedPipeReadsBackWithItsGradeRightAfterTheCommand() {
        var registered = admin.post("/api/pipes", VA_1042);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.header("Location")).endsWith("/api/pipes/VA-1042");
        long registeredAt = Long.parseLong(registered.header("X-Event-Position"));

        var inspected = admin.post("/api/pipes/VA-1042/inspections",
                InspectionJson.cctv("2026-11-01", 3).inspector("E. Ek").findings("crack at 12 m").json());
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(202);
        long inspectedAt = Long.parseLong(inspected.header("X-Event-Position"));
        assertThat(inspectedAt).isGreaterThan(registeredAt);

        var pipe = admin.get("/api/pipes/VA-1042?minPosition=" + inspectedAt);
        assertThat(pipe.status()).isEqualTo(200);
        assertThat(pipe.header("X-Projection-Behind")).isNull();
        assertThat(pipe.json().get("latestGrade").asInt()).isEqualTo(3);
        assertThat(pipe.json().get("inspectionCount").asInt()).isEqualTo(1);
        assertThat(pipe.json().get("material").asText()).isEqualTo("DUCTILE_IRON");
        assertThat(pipe.json().get("lastInspectedOn").asText()).isEqualTo("2026-11-01");
        assertThat(pipe.json().at("/geometry/coordinates/1/1").asDouble()).isEqualTo(6995060.0);

        var page = admin.get("/api/pipes?idPrefix=VA-&minPosition=" + inspectedAt);
        assertThat(page.json().get("total").asLong()).isEqualTo(1);
        assertThat(page.json().at("/items/0/pipeId").asText()).isEqualTo("VA-1042");
    }

    @Test
    void eventsCarryWhoSentTheCommandFromWhereAndWhy() throws Exception {
        admin.post("/api/pipes", pipe("VA-META").json());
        byte[] metadata = jdbc.queryForObject(
                "SELECT meta_data FROM event_store.domain_event WHERE aggregate_identifier = 'VA-META'", byte[].class);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(metadata);
        assertThat(json.get("user").asText()).isEqualTo("admin");
        assertThat(json.get("roles").asText()).isEqualTo("ADMIN");
        assertThat(json.get("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(json.get("authMethod").asText()).isEqualTo("password");
        assertThat(json.get("correlationId").asText()).isNotBlank();
        assertThat(json.get("causationId").asText()).isNotBlank();
    }

    @Test
    void aCallWithoutCredentialsIsAnswered401AsAProblem() {
        var response = Api.anonymous(port).get("/api/pipes");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIsAnswered401() {
        assertThat(Api.at(port, "admin", "wrong").get("/api/pipes").status()).isEqualTo(401);
    }

    @Test
    void aPlannerMayReadTheRegisterButNotRegisterPipes() {
        accounts.create("petra", "planner-password", EnumSet.of(Role.PLANNER));
        Api planner = Api.at(port, "petra", "planner-password");
        long before = events();

        var refused = planner.post("/api/pipes", pipe("VA-PLANNER").json());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
        assertThat(planner.get("/api/pipes").status()).isEqualTo(200);
    }

    @Test
    void anEngineerMayRegisterAndInspect() {
        accounts.create("erik", "engineer-password", EnumSet.of(Role.ENGINEER));
        Api engineer = Api.at(port, "erik", "engineer-password");
        assertThat(engineer.post("/api/pipes", pipe("VA-ENG").json()).status()).isEqualTo(201);
        assertThat(engineer.post("/api/pipes/VA-ENG/inspections",
                InspectionJson.cctv("2026-10-01", 2).inspector("Erik").with("method", "VISUAL").json()).status()).isEqualTo(202);
    }

    @Test
    void malformedJsonIsA400ProblemSayingWhere() {
        long before = events();
        var response = admin.post("/api/pipes", "{\"id\": \"VA-1\", ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("not valid JSON");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aWrongTypeNamesTheField() {
        var response = admin.post("/api/pipes", pipe("VA-1042").with("diameterMm", "wide").json());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("diameterMm");
        assertThat(response.json().get("detail").asText()).contains("whole number");
    }

    @Test
    void anUnknownMaterialNamesTheFieldAndTheAllowedValues() {
        var response = admin.post("/api/pipes", pipe("VA-1042").material("WOOD").json());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("material");
        assertThat(response.json().get("detail").asText()).contains("WOOD").contains("PVC");
    }

    @Test
    void aMissingFieldIsNamed() {
        var response = admin.post("/api/pipes", pipe("VA-1042").without("lengthM").json());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("lengthM");
        assertThat(response.json().get("detail").asText()).contains("required");
    }

    @Test
    void aNegativeLengthIsRefusedAndNothingIsStored() {
        long before = events();
        var response = admin.post("/api/pipes", pipe("VA-1042").length(-3.0).json());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("lengthM");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanSilentlyIgnored() {
        var response = admin.post("/api/pipes", pipe("VA-1042").without("diameterMm").with("diameter", 150).json());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("diameter");
    }

    @Test
    void registeringAnExistingIdIsAConflict() {
        String body = pipe("VA-TWICE").json();
        assertThat(admin.post("/api/pipes", body).status()).isEqualTo(201);
        long before = events();
        var second = admin.post("/api/pipes", body);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void inspectingAnUnknownPipeIs404() {
        var response = admin.post("/api/pipes/NO-SUCH/inspections",
                InspectionJson.cctv("2026-11-01", 3).inspector("E. Ek").json());
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(admin.get("/api/pipes/NO-SUCH").status()).isEqualTo(404);
    }

    @Test
    void aGradeOutsideOneToFourIsRefused() {
        admin.post("/api/pipes", pipe("VA-GRADE").json());
        var response = admin.post("/api/pipes/VA-GRADE/inspections",
                InspectionJson.cctv("2026-11-01", 7).inspector("E. Ek").json());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("grade");
    }

    @Test
    void aBadDateNamesTheField() {
        admin.post("/api/pipes", pipe("VA-DATE").json());
        var response = admin.post("/api/pipes/VA-DATE/inspections",
                InspectionJson.cctv("1st of May", 2).inspector("E. Ek").json());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("date");
    }

    @Test
    void aPageSizeOutOfRangeIsRefused() {
        var response = admin.get("/api/pipes?size=100000");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("size");
        assertThat(admin.get("/api/pipes?networkKind=LAVA").json().get("field").asText()).isEqualTo("networkKind");
    }

    @Test
    void healthIsOpenAndApiDocsAreOpenToSignedInOperators() {
        assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/v3/api-docs").status()).as("valedger.http.api-docs-open=false").isEqualTo(401);
        assertThat(admin.get("/v3/api-docs").body()).contains("/api/pipes");
        assertThat(admin.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }
}
