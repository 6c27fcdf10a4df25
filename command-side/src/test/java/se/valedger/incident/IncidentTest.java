package se.valedger.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;

class IncidentTest {

    static final Instant NOW = Instant.parse("2026-03-30T12:00:00Z");
    static final Instant AWARE = Instant.parse("2026-03-28T09:00:00Z");
    static final MetaData BY_ANNA = MetaData.from(Map.of("user", "anna"));

    AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    IncidentDetected detected() {
        return new IncidentDetected("INC-1", AWARE, "ransomware note on the SCADA historian", List.of("drinking water"),
                true, false, new Impact(0.5, 0, false, true), true, List.of("the control systems (SCADA) were affected"), "erik");
    }

    @Test
    void aDetectedIncidentRecordsWhoAndTheHeuristicsProposal() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncident("INC-1", AWARE, " ransomware note on the SCADA historian ", List.of("drinking water"),
                        true, null, new Impact(0.5, 0, false, true)), Map.of("user", "erik"))
                .expectEvents(detected());
    }

    @Test
    void eachStepRecordsWhoWhenAndWhat() {
        Instant sent = Instant.parse("2026-03-29T08:00:00Z");
        fixture.given(detected())
                .andGivenCommands()
                .when(new ReportIncidentStep("INC-1", IncidentStep.EARLY_WARNING, sent, "early warning to CERT-SE"), BY_ANNA)
                .expectEvents(new IncidentStepReported("INC-1", IncidentStep.EARLY_WARNING, sent, "early warning to CERT-SE", "anna"));
    }

    @Test
    void theNotificationCannotComeBeforeTheEarlyWarning() {
        fixture.given(detected())
                .when(new ReportIncidentStep("INC-1", IncidentStep.NOTIFICATION, NOW, "full notification"), BY_ANNA)
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the early-warning must come before the notification")
                .expectNoEvents();
    }

    @Test
    void anIncidentIsClosedOnlyAfterItsFinalReportAndNothingFollows() {
        Instant t = Instant.parse("2026-03-29T08:00:00Z");
        fixture.given(detected(),
                        new IncidentStepReported("INC-1", IncidentStep.EARLY_WARNING, t, "w", "anna"),
                        new IncidentStepReported("INC-1", IncidentStep.NOTIFICATION, t, "n", "anna"))
                .when(new ReportIncidentStep("INC-1", IncidentStep.CLOSED, NOW, null), BY_ANNA)
                .expectException(RuleViolated.class)
                .expectNoEvents();
        fixture.given(detected(),
                        new IncidentStepReported("INC-1", IncidentStep.EARLY_WARNING, t, "w", "anna"),
                        new IncidentStepReported("INC-1", IncidentStep.NOTIFICATION, t, "n", "anna"),
                        new IncidentStepReported("INC-1", IncidentStep.FINAL_REPORT, t, "f", "anna"),
                        new IncidentStepReported("INC-1", IncidentStep.CLOSED, t, null, "anna"))
                .when(new ReportIncidentStep("INC-1", IncidentStep.PROGRESS_REPORT, NOW, "more"), BY_ANNA)
                .expectException(RuleViolated.class);
    }

    @Test
    void theEarlyWarningIsSentOnce() {
        fixture.given(detected(), new IncidentStepReported("INC-1", IncidentStep.EARLY_WARNING, NOW, "w", "anna"))
                .when(new ReportIncidentStep("INC-1", IncidentStep.EARLY_WARNING, NOW, "again"), BY_ANNA)
                .expectException(RuleViolated.class);
    }

    @Test
    void aStepBeforeAwarenessOrInTheFutureOrWithoutAReportIsInvalid() {
        fixture.given(detected())
                .when(new ReportIncidentStep("INC-1", IncidentStep.EARLY_WARNING, AWARE.minusSeconds(1), "w"), BY_ANNA)
                .expectException(InvalidInput.class)
                .expectNoEvents();
        fixture.given(detected())
                .when(new ReportIncidentStep("INC-1", IncidentStep.EARLY_WARNING, NOW.plusSeconds(3600), "w"), BY_ANNA)
                .expectException(InvalidInput.class);
        fixture.given(detected())
                .when(new ReportIncidentStep("INC-1", IncidentStep.EARLY_WARNING, NOW, " "), BY_ANNA)
                .expectException(InvalidInput.class)
                .expectExceptionMessage("say what was reported");
    }

    @Test
    void anIncidentWithoutDescriptionOrAwarenessIsInvalid() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncident("INC-2", AWARE, " ", List.of(), false, false, null))
                .expectException(InvalidInput.class);
        fixture.givenNoPriorActivity()
                .when(new RecordIncident("INC-2", null, "x", List.of(), false, false, null))
                .expectException(InvalidInput.class);
    }
}
