package se.valedger.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.projection.ProjectionDatabase;

/** The leak projection's handlers against its own migrated schema, read back through its query handler. */
class LeakProjectionTest {

    /** 23:30 UTC on 31 May is 1 June in Östersund (CEST): the reporting day is the local one. */
    static final Instant REPORTED = Instant.parse("2026-05-31T23:30:00Z");
    static final Instant DUE = REPORTED.plusSeconds(24 * 3600);

    JdbcTemplate jdbc;
    LeakProjection projection;

    @BeforeEach
    void freshLeaks() {
        jdbc = ProjectionDatabase.migrated(LeakProjection.SCHEMA, "leaks");
        // the leak queries read the district of a leak's pipe from the register's table (issue 21)
        org.flywaydb.core.Flyway.configure().dataSource(jdbc.getDataSource()).schemas("register").createSchemas(true)
                .table("flyway_schema_history").locations("classpath:db/projections/register").load().migrate();
        projection = new LeakProjection(jdbc);
    }

    LeakView leakAt(Instant now) {
        return new LeakQueries(jdbc, Clock.fixed(now, ZoneOffset.UTC)).handle(new FindLeak("L-1")).orElseThrow();
    }

    void reported() {
        projection.on(new LeakReported("L-1", "VA-1042", LeakKind.BURST, LeakSeverity.HIGH, 2.5,
                new Position(null, 465_000.0, 6_990_000.0), REPORTED, "erik", 150, DUE, LeakPriority.ACUTE, "ACUTE target 24 h"),
                new GlobalSequenceTrackingToken(10));
    }

    @Test
    void shortNumbersFollowTheEventLogWhicheverReportIsHandledFirst() {
        // two handler threads: the later report in the log happens to be handled first
        projection.on(new LeakReported("L-2", "VA-1042", LeakKind.BURST, LeakSeverity.HIGH, 2.5, null, REPORTED, "erik",
                150, DUE, LeakPriority.ACUTE, "ACUTE target 24 h"), new GlobalSequenceTrackingToken(20));
        reported();

        LeakQueries queries = new LeakQueries(jdbc, Clock.fixed(REPORTED, ZoneOffset.UTC));
        assertThat(queries.handle(new FindLeak("L-1")).orElseThrow().number()).isEqualTo("L-2026-0001");
        assertThat(queries.handle(new FindLeak("L-2")).orElseThrow().number()).isEqualTo("L-2026-0002");
    }

    @Test
    void aReportedLeakIsShownOnItsLocalDayWithItsDeadline() {
        reported();

        LeakView leak = leakAt(REPORTED);
        assertThat(leak.status()).isEqualTo(LeakStatus.REPORTED);
        assertThat(leak.reportedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(leak.dueAt()).isEqualTo(DUE);
        assertThat(leak.priority()).isEqualTo(LeakPriority.ACUTE);
        assertThat(leak.dueBasis()).isEqualTo("ACUTE target 24 h");
        assertThat(leak.position().crs()).isEqualTo("EPSG:3006");
        assertThat(leak.overdue()).isFalse();
        assertThat(leakAt(DUE.plusSeconds(60)).overdue()).isTrue();
    }

    @Test
    void aLeakFollowsItsLifeCycleAndItsRepairCountsAsAFailureOfThePipe() {
        reported();
        Instant confirmed = REPORTED.plusSeconds(3600);
        Instant repaired = REPORTED.plusSeconds(6 * 3600);
        projection.on(new LeakConfirmed("L-1", confirmed, "seen on site"));
        projection.on(new LeakRepairScheduled("L-1", REPORTED.plusSeconds(4 * 3600), "crew 2"));
        projection.on(new LeakRepaired("L-1", "VA-1042", repaired, RepairMethod.CLAMP, 3.5,
                FailureCause.CIRCUMFERENTIAL_CRACK));
        projection.on(new LeakClosed("L-1", repaired.plusSeconds(3600), null));

        LeakView leak = leakAt(repaired);
        assertThat(leak.status()).isEqualTo(LeakStatus.CLOSED);
        assertThat(leak.confirmedAt()).isEqualTo(confirmed);
        assertThat(leak.crew()).isEqualTo("crew 2");
        assertThat(leak.repairMethod()).isEqualTo(RepairMethod.CLAMP);
        assertThat(leak.cause()).isEqualTo(FailureCause.CIRCUMFERENTIAL_CRACK);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM leaks.pipe_failure WHERE pipe_id = 'VA-1042'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aReportDeliveredTwiceIsOneLeak() {
        reported();
        reported();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM leaks.leak", Integer.class)).isEqualTo(1);
    }

    @Test
    void aResetEmptiesLeaksAndFailures() {
        reported();
        projection.on(new LeakRepaired("L-1", "VA-1042", REPORTED.plusSeconds(3600), RepairMethod.SLEEVE, 2,
                FailureCause.CORROSION_HOLE));

        projection.reset();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM leaks.leak", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM leaks.pipe_failure", Integer.class)).isZero();
    }
}
