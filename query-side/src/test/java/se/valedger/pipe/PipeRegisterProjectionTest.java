package se.valedger.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.projection.ProjectionDatabase;

/** The register projection's handlers against its own migrated schema, read back through its query handler. */
class PipeRegisterProjectionTest {

    static final Instant REGISTERED = Instant.parse("2026-03-02T08:15:00Z");

    JdbcTemplate jdbc;
    PipeRegisterProjection projection;
    PipeRegisterQueries queries;

    @BeforeEach
    void freshRegister() {
        jdbc = ProjectionDatabase.migrated(PipeRegisterProjection.SCHEMA, "register");
        projection = new PipeRegisterProjection(jdbc);
        queries = new PipeRegisterQueries(jdbc);
    }

    static PipeRegistered va1042() {
        return new PipeRegistered("VA-1042", NetworkKind.DRINKING_WATER, Material.GREY_CAST_IRON, 150, 120.5, 1962,
                "Odenslund", 4, null, "N-1", "N-2");
    }

    PipeSummary va1042Now() {
        return queries.handle(new FindPipe("VA-1042")).orElseThrow();
    }

    @Test
    void aRegisteredPipeIsInServiceWithItsAttributesAndRegistrationTime() {
        projection.on(va1042(), REGISTERED);

        PipeSummary pipe = va1042Now();
        assertThat(pipe.status()).isEqualTo(PipeStatus.IN_SERVICE);
        assertThat(pipe.material()).isEqualTo(Material.GREY_CAST_IRON);
        assertThat(pipe.diameterMm()).isEqualTo(150);
        assertThat(pipe.installationYear()).isEqualTo(1962);
        assertThat(pipe.district()).isEqualTo("Odenslund");
        assertThat(pipe.registeredAt()).isEqualTo(REGISTERED);
        assertThat(pipe.inspectionCount()).isZero();
        assertThat(pipe.latestGrade()).isNull();
    }

    @Test
    void theLatestInspectionByDateDecidesTheGradeAndALateOlderOneOnlyCounts() {
        projection.on(va1042(), REGISTERED);
        projection.on(new InspectionLogged("VA-1042", "i-2", LocalDate.of(2026, 5, 1), "E. Ek", InspectionMethod.CCTV,
                4, "crack"));
        projection.on(new InspectionLogged("VA-1042", "i-1", LocalDate.of(2025, 9, 1), "E. Ek", InspectionMethod.CCTV,
                2, "late-entered older inspection"));

        PipeSummary pipe = va1042Now();
        assertThat(pipe.latestGrade()).isEqualTo(4);
        assertThat(pipe.lastInspectedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(pipe.inspectionCount()).isEqualTo(2);
    }

    @Test
    void aRenewalTakesTheNewMaterialAndYearAndAnOldOpenCutRowReadsAsTheOneMethod() {
        projection.on(va1042(), REGISTERED);
        projection.on(new PipeRenewed("VA-1042", Material.GREY_CAST_IRON, 1962, Material.PE, 2026,
                RenewalMethod.OPEN_CUT_REPLACEMENT, null, 160, NetworkKind.DRINKING_WATER, 120.5));

        PipeSummary pipe = va1042Now();
        assertThat(List.of(pipe.material(), pipe.installationYear(), pipe.diameterMm(), pipe.renewedYear()))
                .containsExactly(Material.PE, 2026, 160, 2026);
        assertThat(pipe.renewalMethod()).isEqualTo(RenewalMethod.OPEN_CUT_REPLACEMENT);

        jdbc.update("UPDATE register.pipe SET renewal_method = 'OPEN_CUT' WHERE pipe_id = 'VA-1042'");
        assertThat(va1042Now().renewalMethod()).isEqualTo(RenewalMethod.OPEN_CUT_REPLACEMENT);
    }

    @Test
    void aDecommissionedPipeStaysInTheRegisterWithItsDate() {
        projection.on(va1042(), REGISTERED);
        projection.on(new PipeDecommissioned("VA-1042", "replaced by VA-2001", LocalDate.of(2026, 10, 1)));

        PipeSummary pipe = va1042Now();
        assertThat(pipe.status()).isEqualTo(PipeStatus.DECOMMISSIONED);
        assertThat(pipe.decommissionedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void aResetEmptiesTheRegister() {
        projection.on(va1042(), REGISTERED);

        projection.reset();

        assertThat(queries.handle(new FindPipe("VA-1042"))).isEmpty();
    }
}
