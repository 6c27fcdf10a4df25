package se.valedger.boot.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.valedger.boot.Serialization;
import se.valedger.pipe.PipeRenewed;
import se.valedger.pipe.RenewalMethod;
import se.valedger.renewal.PlanItemAdded;
import se.valedger.renewal.PlanItemExecuted;

/** The two renewal-method enums became one (issue 15): events stored under either old name still read. */
class OldRenewalEventsStayReadableTest {

    private final ObjectMapper storage = Serialization.storageObjectMapper();

    @Test
    void aPipeRenewedStoredWithThePipesOldOpenCutNameReadsAsOpenCutReplacement() throws Exception {
        String stored = """
                {"pipeId":"VA-1042","previousMaterial":"GREY_CAST_IRON","previousInstallationYear":1962,"material":"PE",
                 "year":2025,"method":"OPEN_CUT","costSek":null,"diameterMm":160,"networkKind":"DRINKING_WATER",
                 "lengthM":120.5,"renewalKey":"plan-9/VA-1042"}""";

        PipeRenewed event = storage.readValue(stored, PipeRenewed.class);

        assertThat(event.method()).isEqualTo(RenewalMethod.OPEN_CUT_REPLACEMENT);
        assertThat(event.renewalKey()).isEqualTo("plan-9/VA-1042");
    }

    @Test
    void planEventsStoredWithThePlannersOpenCutReplacementStillRead() throws Exception {
        PlanItemAdded added = storage.readValue("""
                {"planId":"plan-9","pipeId":"VA-1042","method":"OPEN_CUT_REPLACEMENT","estimatedCostSek":1200000}""",
                PlanItemAdded.class);
        PlanItemExecuted executed = storage.readValue("""
                {"planId":"plan-9","pipeId":"VA-1042","method":"OPEN_CUT_REPLACEMENT","newMaterial":"PE","year":2026,
                 "costSek":1150000}""", PlanItemExecuted.class);

        assertThat(added.method()).isEqualTo(RenewalMethod.OPEN_CUT_REPLACEMENT);
        assertThat(executed.method()).isEqualTo(RenewalMethod.OPEN_CUT_REPLACEMENT);
    }

    @Test
    void aRenewalIsNowStoredUnderTheOneName() throws Exception {
        String json = storage.writeValueAsString(new PlanItemAdded("plan-9", "VA-1042",
                RenewalMethod.OPEN_CUT_REPLACEMENT, 1_200_000));

        assertThat(json).contains("\"method\":\"OPEN_CUT_REPLACEMENT\"");
    }

    @Test
    void aRegisterRowWrittenWithTheOldNameReadsAsTheSameMethod() {
        assertThat(RenewalMethod.of("OPEN_CUT")).isEqualTo(RenewalMethod.OPEN_CUT_REPLACEMENT);
        assertThat(RenewalMethod.of("RELINING")).isEqualTo(RenewalMethod.RELINING);
        assertThat(RenewalMethod.of(null)).isNull();
    }
}
