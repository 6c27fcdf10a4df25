package se.valedger.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;
import se.valedger.pipe.Material;
import se.valedger.testing.FixtureEvents;

class LeakReportTest {

    static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    static final Instant REPORTED_AT = Instant.parse("2026-11-02T06:40:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Position AT = new Position("EPSG:3006", 492050.0, 6995030.0);

    AggregateTestFixture<LeakReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LeakReport.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(LeakTargets.defaults());
    }

    static ReportLeak report(LeakSeverity severity, Integer diameterMm) {
        return report(severity, diameterMm, null);
    }

    static ReportLeak report(LeakSeverity severity, Integer diameterMm, LeakPriority priority) {
        return new ReportLeak("L-1", "VA-1042", LeakKind.BURST, severity, 4.5, AT, REPORTED_AT, "E. Ek", diameterMm,
                priority);
    }

    static LeakReported reported(Integer diameterMm, Duration due) {
        return new LeakReported("L-1", "VA-1042", LeakKind.BURST, LeakSeverity.HIGH, 4.5, AT, REPORTED_AT, "E. Ek",
                diameterMm, REPORTED_AT.plus(due), LeakPriority.ACUTE,
                "ACUTE target 24 h (ASSUMED, set valedger.leaks.priority.acute); class taken from severity HIGH "
                        + "(ASSUMED: no priority given)");
    }

    static final LeakReported REPORTED = reported(150, Duration.ofHours(24));
    static final LeakConfirmed CONFIRMED = new LeakConfirmed("L-1", NOW, null);
    static final LeakRepairScheduled SCHEDULED = new LeakRepairScheduled("L-1", NOW.plusSeconds(3600), "Crew 2");
    static final LeakRepaired REPAIRED = new LeakRepaired("L-1", "VA-1042", NOW, RepairMethod.CLAMP, 5.0,
            FailureCause.CIRCUMFERENTIAL_CRACK);

    static org.hamcrest.Matcher<?> rule(String name) {
        return Matchers.predicate(e -> e instanceof RuleViolated r && r.rule().equals(name));
    }

    static org.hamcrest.Matcher<?> field(String name) {
        return Matchers.predicate(e -> e instanceof InvalidInput i && i.field().equals(name));
    }

    @Test
    void anAcuteLeakIsDueWithinTheAcuteTargetWhateverThePipeSize() {
        for (Integer size : new Integer[] {150, 400, 500, null}) {
            LeakReported e = FixtureEvents.single(fixture.givenNoPriorActivity()
                    .when(report(LeakSeverity.LOW, size, LeakPriority.ACUTE)), LeakReported.class);
            assertThat(e.dueAt()).as("DN " + size).isEqualTo(REPORTED_AT.plus(Duration.ofHours(24)));
            assertThat(e.priority()).isEqualTo(LeakPriority.ACUTE);
            assertThat(e.dueBasis()).isEqualTo("ACUTE target 24 h (ASSUMED, set valedger.leaks.priority.acute)");
        }
    }

    @Test
    void aPlannedLeakIsDueWithinThePlannedTargetOfFourteenDaysEvenWhenSevere() {
        LeakReported e = FixtureEvents.single(fixture.givenNoPriorActivity()
                .when(report(LeakSeverity.CRITICAL, 600, LeakPriority.PLANNED)), LeakReported.class);
        assertThat(e.dueAt()).isEqualTo(REPORTED_AT.plus(Duration.ofDays(14)));
        assertThat(e.priority()).isEqualTo(LeakPriority.PLANNED);
        assertThat(e.dueBasis()).isEqualTo("PLANNED target 336 h (ASSUMED, set valedger.leaks.priority.planned)");
    }

    @Test
    void aReportWithoutAPriorityTakesItFromTheSeverityAndSaysSo() {
        fixture.givenNoPriorActivity().when(report(LeakSeverity.HIGH, 150))
                .expectEvents(reported(150, Duration.ofHours(24)));
        LeakReported low = FixtureEvents.single(fixture.givenNoPriorActivity().when(report(LeakSeverity.MEDIUM, 150)),
                LeakReported.class);
        assertThat(low.priority()).isEqualTo(LeakPriority.PLANNED);
        assertThat(low.dueAt()).isEqualTo(REPORTED_AT.plus(Duration.ofDays(14)));
        assertThat(low.dueBasis()).endsWith("class taken from severity MEDIUM (ASSUMED: no priority given)");
    }

    @Test
    void configuredTargetsAreUsedAndNoLongerMarkedAssumed() {
        fixture = new AggregateTestFixture<>(LeakReport.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(new LeakTargets(Duration.ofHours(6), Duration.ofDays(30)));
        LeakReported e = FixtureEvents.single(fixture.givenNoPriorActivity()
                .when(report(LeakSeverity.LOW, 150, LeakPriority.ACUTE)), LeakReported.class);
        assertThat(e.dueAt()).isEqualTo(REPORTED_AT.plus(Duration.ofHours(6)));
        assertThat(e.dueBasis()).isEqualTo("ACUTE target 6 h (valedger.leaks.priority.acute)");
    }

    @Test
    void targetsThatAreZeroNegativeOrPlannedBeforeAcuteAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LeakTargets(Duration.ZERO, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LeakTargets(Duration.ofHours(1), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LeakTargets(Duration.ofDays(2), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter than an acute");
    }

    @Test
    void aLeakWithNeitherPipeNorPositionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReportLeak("L-1", null, LeakKind.LEAK, LeakSeverity.LOW, null, null, REPORTED_AT, "x", null))
                .expectException(field("position")).expectNoEvents();
    }

    @Test
    void aNegativeFlowAndAFutureReportTimeAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReportLeak("L-1", "P", LeakKind.LEAK, LeakSeverity.LOW, -1.0, null, REPORTED_AT, "x", null))
                .expectException(field("estimatedFlowLps")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ReportLeak("L-1", "P", LeakKind.LEAK, LeakSeverity.LOW, 1.0, null, NOW.plusSeconds(86400), "x", null))
                .expectException(field("reportedAt")).expectNoEvents();
    }

    @Test
    void aReportedLeakCanBeConfirmed() {
        fixture.given(REPORTED).when(new ConfirmLeak("L-1", null)).expectEvents(CONFIRMED);
    }

    @Test
    void aReportedLeakCanBeDismissedWithAReason() {
        fixture.given(REPORTED).when(new DismissLeak("L-1", "duplicate of L-0"))
                .expectEvents(new LeakDismissed("L-1", NOW, "duplicate of L-0"));
        fixture.given(REPORTED).when(new DismissLeak("L-1", " ")).expectException(field("reason")).expectNoEvents();
    }

    @Test
    void aConfirmedLeakCanBeScheduledButNotDismissed() {
        fixture.given(REPORTED, CONFIRMED).when(new ScheduleLeakRepair("L-1", NOW.plusSeconds(3600), "Crew 2"))
                .expectEvents(SCHEDULED);
        fixture.given(REPORTED, CONFIRMED).when(new DismissLeak("L-1", "changed my mind"))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
    }

    @Test
    void aRepairCannotBeScheduledBeforeTheReport() {
        fixture.given(REPORTED, CONFIRMED).when(new ScheduleLeakRepair("L-1", REPORTED_AT.minusSeconds(60), null))
                .expectException(field("scheduledFor")).expectNoEvents();
    }

    @Test
    void aScheduledRepairCanBeRecordedWithMethodHoursAndCause() {
        fixture.given(REPORTED, CONFIRMED, SCHEDULED)
                .when(new RecordLeakRepair("L-1", NOW, RepairMethod.CLAMP, 5.0, FailureCause.CIRCUMFERENTIAL_CRACK))
                .expectEvents(REPAIRED);
    }

    @Test
    void aRepairNeedsMethodAndPlausibleHours() {
        fixture.given(REPORTED, CONFIRMED, SCHEDULED)
                .when(new RecordLeakRepair("L-1", NOW, null, 5.0, null)).expectException(field("method")).expectNoEvents();
        fixture.given(REPORTED, CONFIRMED, SCHEDULED)
                .when(new RecordLeakRepair("L-1", NOW, RepairMethod.CLAMP, -2.0, null))
                .expectException(field("repairHours")).expectNoEvents();
        fixture.given(REPORTED, CONFIRMED, SCHEDULED)
                .when(new RecordLeakRepair("L-1", REPORTED_AT.minusSeconds(1), RepairMethod.CLAMP, 2.0, null))
                .expectException(field("repairedAt")).expectNoEvents();
    }

    @Test
    void aRepairedLeakCanBeClosed() {
        fixture.given(REPORTED, CONFIRMED, SCHEDULED, REPAIRED).when(new CloseLeak("L-1", "asphalt done"))
                .expectEvents(new LeakClosed("L-1", NOW, "asphalt done"));
    }

    @Test
    void noStepCanBeSkipped() {
        fixture.given(REPORTED).when(new ScheduleLeakRepair("L-1", NOW, null))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
        fixture.given(REPORTED).when(new RecordLeakRepair("L-1", NOW, RepairMethod.CLAMP, 1.0, null))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
        fixture.given(REPORTED).when(new CloseLeak("L-1", null))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
        fixture.given(REPORTED, CONFIRMED).when(new RecordLeakRepair("L-1", NOW, RepairMethod.CLAMP, 1.0, null))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
        fixture.given(REPORTED, CONFIRMED, SCHEDULED).when(new CloseLeak("L-1", null))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
    }

    @Test
    void nothingGoesBackOrHappensTwice() {
        fixture.given(REPORTED, CONFIRMED).when(new ConfirmLeak("L-1", null))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
        fixture.given(REPORTED, CONFIRMED, SCHEDULED, REPAIRED).when(new ScheduleLeakRepair("L-1", NOW, null))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
    }

    @Test
    void dismissedAndClosedLeaksAreFinal() {
        fixture.given(REPORTED, new LeakDismissed("L-1", NOW, "not a leak")).when(new ConfirmLeak("L-1", null))
                .expectException(rule("LeakLifeCycle")).expectNoEvents();
        fixture.given(REPORTED, CONFIRMED, SCHEDULED, REPAIRED, new LeakClosed("L-1", NOW, null))
                .when(new CloseLeak("L-1", null)).expectException(rule("LeakLifeCycle")).expectNoEvents();
    }

    @Test
    void aHistoricLeakEntersClosedAndCannotBeWorkedOn() {
        RecordHistoricLeak historic = new RecordHistoricLeak("LADWP-1", "ladwp", "1", null, LeakKind.LEAK,
                LeakSeverity.MEDIUM, new Position("EPSG:4326", -118.4, 34.3), "12721 COMETA",
                LocalDate.of(2010, 1, 1), Material.GREY_CAST_IRON, 152, 1961, RepairMethod.CLAMP, 7.0,
                FailureCause.CIRCUMFERENTIAL_CRACK, "clamp");
        fixture.givenNoPriorActivity().when(historic).expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(e -> e instanceof HistoricLeakRecorded h && h.leakId().equals("LADWP-1")),
                        Matchers.andNoMore())));
        fixture.given(new HistoricLeakRecorded("LADWP-1", "ladwp", "1", null, LeakKind.LEAK, LeakSeverity.MEDIUM, null,
                        "x", LocalDate.of(2010, 1, 1), null, null, null, null, null, null, null))
                .when(new ConfirmLeak("LADWP-1", null)).expectException(rule("LeakLifeCycle")).expectNoEvents();
    }

    @Test
    void aHistoricLeakWithAnImplausibleInstallationYearIsRefused() {
        fixture.givenNoPriorActivity().when(new RecordHistoricLeak("LADWP-2", "ladwp", "2", null, LeakKind.LEAK,
                        LeakSeverity.MEDIUM, null, "somewhere", LocalDate.of(2010, 1, 1), null, null, 9124, null, null,
                        null, null))
                .expectException(field("installationYear")).expectNoEvents();
    }
}
