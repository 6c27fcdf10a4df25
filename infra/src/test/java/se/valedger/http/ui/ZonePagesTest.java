package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** The zone pages over plain HTTP: Swedish first, the balance table with origins, the night-flow chart. */
@IntegrationTest
class ZonePagesTest {

    @LocalServerPort
    int port;

    @Test
    void aSupplyZonesPageShowsItsBalanceWithOriginsAndItsNightFlowChartInSwedish() {
        Api admin = Api.at(port, "admin", "admin-password");
        assertThat(admin.post("/api/pipes", """
                {"id":"ZP-1","networkKind":"DRINKING_WATER","material":"PE","diameterMm":160,"lengthM":3000,
                 "installationYear":1985,"district":"Sidby","consequenceClass":2}""").status()).isEqualTo(201);
        assertThat(admin.post("/api/zones", """
                {"id":"DMA-UI","name":"Sidby","kind":"SUPPLY","connections":120,"averagePressureM":45,
                 "district":"Sidby","inflowMeters":["UI-in"]}""").status()).isEqualTo(201);
        StringBuilder csv = new StringBuilder("datetime;flow (m3/h)\n");
        for (int h = 0; h < 24 * 20; h++) {
            csv.append(Instant.parse("2025-04-30T22:00:00Z").plus(h, ChronoUnit.HOURS)).append(";4\n");
        }
        var imported = admin.post("/api/imports/meter-series?zone=DMA-UI&meter=UI-in", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var billed = admin.post("/api/zones/DMA-UI/volumes",
                "{\"year\":2025,\"kind\":\"BILLED_METERED\",\"m3\":20000,\"source\":\"VA-bas\"}");
        admin.get("/api/zones/DMA-UI?minPosition=" + billed.header("X-Event-Position"));

        WebSession session = WebSession.signedIn(port, "admin", "admin-password");
        var list = session.get("/zones");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Tryckzoner och avrinningsområden").contains("/zones/DMA-UI");

        var page = session.get("/zones/DMA-UI?year=2025");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Vattenbalans 2025 (IWA)").contains("Systeminmatning")
                .contains("Uppmätt, uppräknat till året").contains("Debiterat").contains("ANTAGET")
                .contains("id=\"balance-chart\"").contains("id=\"night-chart\"").contains("Nettonattflöde")
                .contains("valedger.zones.night-use-litres-per-connection-per-hour");
        assertThat(session.get("/zones/DMA-UI?year=2025&lang=en").body()).contains("Water balance 2025 (IWA)");

        var catchment = admin.post("/api/zones", """
                {"id":"AVR-UI","name":"Sidby avlopp","kind":"SEWER_CATCHMENT","connectedPersons":300,"district":"Sidby",
                 "inflowMeters":["UI-ps"]}""");
        admin.get("/api/zones/AVR-UI?minPosition=" + catchment.header("X-Event-Position"));
        var sewer = session.get("/zones/AVR-UI?year=2025&lang=sv");
        assertThat(sewer.statusCode()).as(sewer.body()).isEqualTo(200);
        assertThat(sewer.body()).contains("Avrinningsområde").contains("Inläckage 2025")
                .contains("valedger.zones.night-wastewater-litres-per-person-per-hour");
        assertThat(session.get("/zones?year=2025").body())
                .contains("Avrinningsområden efter inläckage per km ledning 2025").contains("Sidby avlopp");
    }
}
