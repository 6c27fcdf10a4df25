package se.valedger.http.api.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;
import se.valedger.testing.PipeJson;

@IntegrationTest
@TestPropertySource(properties = "valedger.service-life.vitrified-clay=95")
class NetworkAgingApiTest {

    @LocalServerPort
    int port;

    long last;

    void register(Api admin, String id, String kind, String material, int year, double length) {
        var response = admin.post("/api/pipes", PipeJson.pipe(id).networkKind(kind).material(material).diameter(150)
                .length(length).laid(year).json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        last = Long.parseLong(response.header("X-Event-Position"));
    }

    void send(Api admin, String path, String body) {
        var response = admin.post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        last = Long.parseLong(response.header("X-Event-Position"));
    }

    static JsonNode row(JsonNode aging, String kind, String material, int decade) {
        for (JsonNode row : aging.get("rows")) {
            if (row.get("networkKind").asText().equals(kind) && row.get("material").asText().equals(material)
                    && row.get("decade").asInt() == decade) {
                return row;
            }
        }
        throw new AssertionError("no row " + kind + " " + material + " " + decade + " in " + aging.get("rows"));
    }

    @Test
    void theOverviewAddsUpToHandCheckedFiguresAfterCorrectionRenewalAndDecommissioning() {
        Api admin = Api.at(port, "admin", "admin-password");
        register(admin, "AG-A", "DRINKING_WATER", "ASBESTOS_CEMENT", 1962, 1000);
        register(admin, "AG-B", "DRINKING_WATER", "ASBESTOS_CEMENT", 1968, 500);
        register(admin, "AG-C", "DRINKING_WATER", "PVC", 1975, 2000);
        register(admin, "AG-E", "DRINKING_WATER", "DUCTILE_IRON", 1990, 1500);
        register(admin, "AG-D", "WASTEWATER", "CONCRETE", 1955, 4000);
        register(admin, "AG-F", "WASTEWATER", "VITRIFIED_CLAY", 1930, 300);
        send(admin, "/api/pipes/AG-B/corrections", "{\"installationYear\":1978,\"reason\":\"drawing\"}");
        send(admin, "/api/pipes/AG-C/renewals", "{\"material\":\"PE\",\"year\":2025,\"method\":\"RELINING\"}");
        send(admin, "/api/pipes/AG-F/decommission", "{\"reason\":\"abandoned\",\"date\":\"2024-05-01\"}");

        var response = admin.get("/api/network/aging?year=2026&minPosition=" + last);
        assertThat(response.header("X-Projection-Behind")).isNull();
        JsonNode aging = response.json();
        assertThat(aging.get("rows")).hasSize(5);

        JsonNode a = row(aging, "DRINKING_WATER", "ASBESTOS_CEMENT", 1960);
        assertThat(a.get("pipes").asInt()).isEqualTo(1);
        assertThat(a.get("km").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(a.get("meanAgeYears").asDouble()).isCloseTo(64, within(1e-9));
        assertThat(a.get("kmBeyondServiceLife").asDouble()).isCloseTo(1.0, within(1e-9)); // 64 > 50 years
        assertThat(a.get("shareOfKind").asDouble()).isCloseTo(0.2, within(1e-9));
        JsonNode b = row(aging, "DRINKING_WATER", "ASBESTOS_CEMENT", 1970);
        assertThat(b.get("meanAgeYears").asDouble()).isCloseTo(48, within(1e-9));
        assertThat(b.get("kmBeyondServiceLife").asDouble()).isZero(); // corrected to 1978: 48 <= 50
        JsonNode c = row(aging, "DRINKING_WATER", "PE", 2020);
        assertThat(c.get("km").asDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(c.get("meanAgeYears").asDouble()).isCloseTo(1, within(1e-9));
        assertThat(c.get("shareOfKind").asDouble()).isCloseTo(0.4, within(1e-9));
        JsonNode d = row(aging, "WASTEWATER", "CONCRETE", 1950);
        assertThat(d.get("kmBeyondServiceLife").asDouble()).isZero(); // 71 <= 75
        assertThat(d.get("shareOfKind").asDouble()).isCloseTo(1.0, within(1e-9));

        JsonNode water = aging.get("totals").get(0);
        assertThat(water.get("networkKind").asText()).isEqualTo("DRINKING_WATER");
        assertThat(water.get("pipes").asInt()).isEqualTo(4);
        assertThat(water.get("km").asDouble()).isCloseTo(5.0, within(1e-9));
        assertThat(water.get("meanAgeYears").asDouble()).isCloseTo((64 + 48 + 36 + 1) / 4.0, within(1e-9));
        assertThat(water.get("shareBeyondServiceLife").asDouble()).isCloseTo(0.2, within(1e-9));
        JsonNode sewer = aging.get("totals").get(1);
        assertThat(sewer.get("pipes").asInt()).isEqualTo(1); // the decommissioned clay pipe is gone
        assertThat(sewer.get("km").asDouble()).isCloseTo(4.0, within(1e-9));

        JsonNode rates = aging.get("renewalRates");
        assertThat(rates).hasSize(3);
        JsonNode water2025 = rates.get(0);
        assertThat(water2025.get("year").asInt()).isEqualTo(2025);
        assertThat(water2025.get("kmRenewed").asDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(water2025.get("ratePercent").asDouble()).isCloseTo(40.0, within(1e-9));
        assertThat(water2025.get("swedishPercent2022").asDouble()).isEqualTo(0.38);
        assertThat(water2025.get("gapKmPerYear").asDouble()).isZero();
        JsonNode water2026 = rates.get(1);
        assertThat(water2026.get("ratePercent").asDouble()).isZero();
        assertThat(water2026.get("gapKmPerYear").asDouble()).isCloseTo(0.05, within(1e-9)); // 1 % of 5 km
        JsonNode sewer2026 = rates.get(2);
        assertThat(sewer2026.get("networkKind").asText()).isEqualTo("WASTEWATER");
        assertThat(sewer2026.get("swedishPercent2022").asDouble()).isEqualTo(0.47);
        assertThat(sewer2026.get("gapKmPerYear").asDouble()).isCloseTo(0.04, within(1e-9));
        assertThat(aging.at("/serviceLifeYears/ASBESTOS_CEMENT").asInt()).isEqualTo(50);
        assertThat(aging.at("/serviceLifeYears/VITRIFIED_CLAY").asInt()).isEqualTo(95); // overridden by config

        var csv = admin.get("/api/network/aging?year=2026", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("networkKind,material,decade,pipes,km,meanAgeYears,kmBeyondServiceLife,shareOfKind")
                .contains("DRINKING_WATER,ASBESTOS_CEMENT,1960,1,1.000000,64.000000,1.000000,0.200000")
                .contains("DRINKING_WATER,2026,0,0.000000,5.000000,0.000000,1.000000,0.380000,0.050000");
    }

    @Test
    void aYearOutOfRangeNamesTheField() {
        var response = Api.at(port, "admin", "admin-password").get("/api/network/aging?year=1200");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("year");
    }
}
