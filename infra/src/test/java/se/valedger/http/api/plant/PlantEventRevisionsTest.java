package se.valedger.http.api.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.plant.Permit;
import se.valedger.plant.PermitBasis;
import se.valedger.plant.PermitChanged;
import se.valedger.plant.PlantMeasurementRecorded;
import se.valedger.plant.TreatmentPlantRegistered;
import se.valedger.testing.Api;
import se.valedger.testing.IntegrationTest;

/** A plant recorded before issue 16 (revision 1 payloads, written raw) still reads, replays and takes commands. */
@IntegrationTest
class PlantEventRevisionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port, "admin", "admin-password");
    }

    @Test
    void revisionOnePlantEventsReadAsRevisionTwoAndTheOldDaysBod7CountsAsADaySampleInTheWeeklyLoad() {
        insert(0, TreatmentPlantRegistered.class, """
                {"plantId":"old-p","name":"Old","permit":{"personEquivalents":2000,"designFlowM3PerDay":1000.0,
                 "validFrom":"2020-01-01","reference":"M 1-20"},"thresholdsPercent":[80,90]}""");
        insert(1, PlantMeasurementRecorded.class, """
                {"plantId":"old-p","date":"2024-03-05","inflowM3":800.0,"bod7Kg":70.0,"loadPe":1000.0,
                 "totalPhosphorusKg":null,"totalNitrogenKg":null,"precipitationMm":null,"source":"api"}""");
        insert(2, PermitChanged.class, """
                {"plantId":"old-p","permit":{"personEquivalents":3000,"designFlowM3PerDay":1200.0,
                 "validFrom":"2023-01-01","reference":"M 2-23"}}""");

        List<Object> payloads = eventStore.readEvents("old-p").asStream().map(e -> (Object) e.getPayload()).toList();

        assertThat(payloads).containsExactly(
                new TreatmentPlantRegistered("old-p", "Old", new Permit(2000, 1000.0, LocalDate.of(2020, 1, 1), "M 1-20",
                        null, PermitBasis.MAX_AVERAGE_WEEKLY_LOAD), List.of(80, 90)),
                new PlantMeasurementRecorded("old-p", LocalDate.of(2024, 3, 5), 800.0, 70.0, 1000.0, null, null, null,
                        "api", null, null, null),
                new PermitChanged("old-p", new Permit(3000, 1200.0, LocalDate.of(2023, 1, 1), "M 2-23")));

        // the aggregate loads from them: the same day again changes nothing
        var same = admin.post("/api/plants/old-p/measurements", "{\"date\":\"2024-03-05\",\"inflowM3\":800,\"bod7Kg\":70}");
        assertThat(same.status()).as(same.body()).isEqualTo(202);
        assertThat(same.json().get("outcome").asText()).isEqualTo("UNCHANGED");

        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        var weekly = admin.get("/api/plants/old-p/weekly-load?year=2024&minPosition=" + head).json();
        assertThat(weekly.at("/maxWeek/week").asText()).isEqualTo("2024-W10");
        assertThat(weekly.at("/maxWeek/loadPe").asDouble()).isCloseTo(1000.0, within(1e-9));
        assertThat(weekly.at("/samples/0/bod7Basis").asText()).contains("day measurement");
        assertThat(weekly.get("permittedPe").asInt()).isEqualTo(3000);
        assertThat(weekly.get("permitBasis").asText()).isEqualTo("MAX_AVERAGE_WEEKLY_LOAD");
    }

    @Test
    void aPerDayPermitExceededOfTheEarlierRuleIsShownAsADailyComparisonNotABreach() {
        insert(0, TreatmentPlantRegistered.class, """
                {"plantId":"old-x","name":"Old","permit":{"personEquivalents":2000,"designFlowM3PerDay":1000.0,
                 "validFrom":"2020-01-01","reference":"M 1-20"},"thresholdsPercent":[80,90]}""");
        insert(1, PlantMeasurementRecorded.class, """
                {"plantId":"old-x","date":"2024-03-05","inflowM3":1500.0,"bod7Kg":null,"loadPe":null,
                 "totalPhosphorusKg":null,"totalNitrogenKg":null,"precipitationMm":null,"source":"api"}""");
        jdbc.update("""
                INSERT INTO event_store.domain_event (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES ('old-x', 2, 'TreatmentPlant', ?, ?, ?, '1', 'se.valedger.plant.PermitExceeded', '2024-03-05T20:00:00Z')""",
                java.util.UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                "{\"plantId\":\"old-x\",\"date\":\"2024-03-05\",\"dimension\":\"FLOW\",\"measured\":1500.0,\"permitted\":1000.0,\"utilisationPercent\":150.0}"
                        .getBytes(StandardCharsets.UTF_8));
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event", Long.class);
        var capacity = admin.get("/api/plants/old-x/capacity?minPosition=" + head).json();
        assertThat(capacity.at("/crossings/0/levelPercent").asInt()).isEqualTo(100);
        assertThat(capacity.at("/crossings/0/meaning").asText()).contains("earlier rule").contains("not a breach");
        var weekly = admin.get("/api/plants/old-x/weekly-load?year=2024").json();
        assertThat(weekly.get("events").size()).isZero();
    }

    private void insert(long sequence, Class<?> type, String json) {
        jdbc.update("""
                INSERT INTO event_store.domain_event (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, ?, 'TreatmentPlant', ?, ?, ?, '1', ?, '2024-03-05T20:00:00Z')""",
                json.contains("old-x") ? "old-x" : "old-p", sequence, java.util.UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8), type.getName());
    }
}
