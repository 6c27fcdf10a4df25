package se.valedger.incident;

import static org.assertj.core.api.Assertions.assertThat;

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
        fixture.registerInjectableResource(SignificanceThresholds.ASSUMED);
    }

    static final IncidentFacts SCADA_INTRUSION =
            new IncidentFacts(List.of(EssentialService.DRINKING_WATER), 0.5, 0, false, null, null, null, null, true, null, null, null);
    static final IncidentFacts SHORT_ALARM =
            new IncidentFacts(List.of(EssentialService.WASTEWATER), 0.5, 40, false, null, null, null, null, false, null, null, null);
    static final IncidentFacts LONG_OUTAGE =
            new IncidentFacts(List.of(EssentialService.DRINKING_WATER), 6.0, 4_000, false, null, null, null, null, false, null, null, null);

    static SignificantIncident.Assessment assessment(IncidentFacts facts) {
        return SignificantIncident.assess(facts, SignificanceThresholds.ASSUMED);
    }

    IncidentDetected detected() {
        return new IncidentDetected("INC-1", AWARE, "ransomware note on the SCADA historian", List.of("drinking water"),
                true, false, SCADA_INTRUSION, assessment(SCADA_INTRUSION), AWARE, "erik");
    }

    IncidentDetected detectedNotSignificant() {
        return new IncidentDetected("INC-1", AWARE, "pump station alarm", List.of(), false, false, SHORT_ALARM,
                assessment(SHORT_ALARM), null, "erik");
    }

    @Test
    void aDetectedIncidentRecordsWhoAndTheAssessmentWithTheCriteriaThatDecided() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncident("INC-1", AWARE, " ransomware note on the SCADA historian ", List.of("drinking water"),
                        true, null, SCADA_INTRUSION), Map.of("user", "erik"))
                .expectEvents(detected());
        assertThat(detected().assessment().criteria()).singleElement().asString().contains("OT/SCADA");
    }

    @Test
    void anIncidentNotSignificantWhenRecordedHasNoClockStart() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncident("INC-1", AWARE, "pump station alarm", List.of(), false, false, SHORT_ALARM),
                        Map.of("user", "erik"))
                .expectEvents(detectedNotSignificant());
    }

    @Test
    void aReassessmentThatFindsItSignificantStartsTheClocksWhenTheFactsBecameKnown() {
        Instant known = Instant.parse("2026-03-29T14:30:00Z");
        fixture.given(detectedNotSignificant())
                .when(new ReassessIncident("INC-1", known, LONG_OUTAGE, true, false, " the outage lasted into the evening "), BY_ANNA)
                .expectEvents(new IncidentReassessed("INC-1", known, LONG_OUTAGE, true, false, "the outage lasted into the evening",
                        assessment(LONG_OUTAGE), known, false, "anna"));
    }

    @Test
    void aLaterReassessmentDoesNotMoveClocksThatHaveStarted() {
        Instant later = Instant.parse("2026-03-30T08:00:00Z");
        fixture.given(detected())
                .when(new ReassessIncident("INC-1", later, LONG_OUTAGE, true, false, "outage too"), BY_ANNA)
                .expectEvents(new IncidentReassessed("INC-1", later, LONG_OUTAGE, true, false, "outage too",
                        assessment(LONG_OUTAGE), null, false, "anna"));
    }

    @Test
    void anIncidentAssessedNotSignificantIsClosedWithItsReasonAndReopenedByASignificantReassessment() {
        Instant closing = Instant.parse("2026-03-28T12:00:00Z");
        Instant known = Instant.parse("2026-03-30T09:00:00Z");
        fixture.given(detectedNotSignificant())
                .when(new CloseIncidentAsNotSignificant("INC-1", closing, " alarm from a faulty level sensor "), BY_ANNA)
                .expectEvents(new IncidentClosedAsNotSignificant("INC-1", closing, "alarm from a faulty level sensor", "anna"));
        var closed = new IncidentClosedAsNotSignificant("INC-1", closing, "faulty sensor", "anna");
        fixture.given(detectedNotSignificant(), closed)
                .when(new ReportIncidentStep("INC-1", IncidentStep.EARLY_WARNING, NOW, "w"), BY_ANNA)
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the incident was closed as not significant; a reassessment that finds it significant reopens it");
        fixture.given(detectedNotSignificant(), closed)
                .when(new ReassessIncident("INC-1", known, SHORT_ALARM, false, false, "checked again"), BY_ANNA)
                .expectException(RuleViolated.class)
                .expectNoEvents();
        fixture.given(detectedNotSignificant(), closed)
                .when(new ReassessIncident("INC-1", known, SCADA_INTRUSION, true, false, "the sensor was spoofed"), BY_ANNA)
                .expectEvents(new IncidentReassessed("INC-1", known, SCADA_INTRUSION, true, false, "the sensor was spoofed",
                        assessment(SCADA_INTRUSION), known, true, "anna"));
    }

    @Test
    void aSignificantIncidentIsNotClosedAsNotSignificantAndAReasonIsRequired() {
        fixture.given(detected())
                .when(new CloseIncidentAsNotSignificant("INC-1", NOW, "looks harmless"), BY_ANNA)
                .expectException(RuleViolated.class)
                .expectNoEvents();
        fixture.given(detectedNotSignificant())
                .when(new CloseIncidentAsNotSignificant("INC-1", NOW, " "), BY_ANNA)
                .expectException(InvalidInput.class)
                .expectExceptionMessage("say why the incident is not significant");
    }

    @Test
    void anIntermediateReportIsSentOnlyOnRequestAndTheRequestKeepsWhoAskedAndTheDueTime() {
        Instant asked = Instant.parse("2026-03-29T10:00:00Z");
        Instant due = Instant.parse("2026-04-02T10:00:00Z");
        fixture.given(detected())
                .when(new ReportIncidentStep("INC-1", IncidentStep.INTERMEDIATE_REPORT, NOW, "status"), BY_ANNA)
                .expectException(RuleViolated.class)
                .expectNoEvents();
        fixture.given(detected())
                .when(new RequestIntermediateReport("INC-1", " CERT-SE ", asked, due, "status of the PLC forensics"), BY_ANNA)
                .expectEvents(new IntermediateReportRequested("INC-1", "CERT-SE", asked, due, "status of the PLC forensics", "anna"));
        fixture.given(detected(), new IntermediateReportRequested("INC-1", "CERT-SE", asked, due, null, "anna"))
                .when(new ReportIncidentStep("INC-1", IncidentStep.INTERMEDIATE_REPORT, NOW, "forensics half done"), BY_ANNA)
                .expectEvents(new IncidentStepReported("INC-1", IncidentStep.INTERMEDIATE_REPORT, NOW, "forensics half done", "anna"));
        fixture.given(detected())
                .when(new RequestIntermediateReport("INC-1", "CERT-SE", asked, asked, null), BY_ANNA)
                .expectException(InvalidInput.class)
                .expectExceptionMessage("the report is due after it was requested (" + asked + ")");
    }

    @Test
    void theCustomerNoticeKeepsItsTextChannelAndTime() {
        Instant told = Instant.parse("2026-03-28T11:00:00Z");
        fixture.given(detected())
                .when(new NotifyCustomers("INC-1", told, " SMS to Lugnvik ", " Boil the water before drinking. "), BY_ANNA)
                .expectEvents(new CustomersNotified("INC-1", told, "SMS to Lugnvik", "Boil the water before drinking.", "anna"));
        fixture.given(detected())
                .when(new NotifyCustomers("INC-1", told, "SMS", " "), BY_ANNA)
                .expectException(InvalidInput.class);
    }

    @Test
    void incidentTimesBefore1900OrInTheFutureAreRefusedWithTheReason() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncident("INC-2", Instant.parse("0026-03-28T09:00:00Z"), "typo in the year", List.of(), false, false, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("awareAt 0026-03-28T09:00:00Z is before 1900: not a plausible incident time");
        fixture.givenNoPriorActivity()
                .when(new RecordIncident("INC-2", NOW.plusSeconds(86_400), "tomorrow", List.of(), false, false, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("awareAt " + NOW.plusSeconds(86_400) + " is in the future");
        fixture.given(detected())
                .when(new ReassessIncident("INC-1", NOW.plusSeconds(86_400), LONG_OUTAGE, false, false, "x"), BY_ANNA)
                .expectException(InvalidInput.class);
    }

    @Test
    void negativeFactsAreRefusedNamingTheField() {
        var negative = new IncidentFacts(List.of(), null, null, null, null, -1.0, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(new RecordIncident("INC-2", AWARE, "x", List.of(), false, false, negative))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("a volume is 0 m³ or more");
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
