package se.valedger.pipe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;

class PipeTest {

    static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    static final Geometry LINE = new Geometry("EPSG:3006", List.of(new Point(492000, 6995000), new Point(492100, 6995060)));

    FixtureConfiguration<Pipe> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pipe.class);
        fixture.registerInjectableResource(NOVEMBER_2026);
    }

    static RegisterPipe register(String id) {
        return new RegisterPipe(id, NetworkKind.DRINKING_WATER, Material.DUCTILE_IRON, 150, 120.5, 1974,
                "Odensala", 3, LINE, "N1", "N2");
    }

    static PipeRegistered registered(String id) {
        return new PipeRegistered(id, NetworkKind.DRINKING_WATER, Material.DUCTILE_IRON, 150, 120.5, 1974,
                "Odensala", 3, LINE, "N1", "N2");
    }

    @Test
    void aPlausiblePipeIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(register("VA-1042"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered("VA-1042"));
    }

    @Test
    void aPipeWithoutConsequenceClassIsOfMiddlingConsequence() {
        RegisterPipe withoutClass = new RegisterPipe("VA-1", NetworkKind.WASTEWATER, Material.PVC, 200, 50.0, 1990,
                null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(withoutClass)
                .expectEvents(new PipeRegistered("VA-1", NetworkKind.WASTEWATER, Material.PVC, 200, 50.0, 1990,
                        null, Pipe.DEFAULT_CONSEQUENCE_CLASS, null, null, null));
    }

    @Test
    void aNegativeLengthIsRefused() {
        expectInvalid(new RegisterPipe("VA-1", NetworkKind.WASTEWATER, Material.PVC, 200, -1.0, 1990,
                null, null, null, null, null), "lengthM");
    }

    @Test
    void anInstallationYearInTheFutureIsRefused() {
        expectInvalid(new RegisterPipe("VA-1", NetworkKind.WASTEWATER, Material.PVC, 200, 10.0, 2027,
                null, null, null, null, null), "installationYear");
    }

    @Test
    void anUnstatedMaterialIsRefused() {
        expectInvalid(new RegisterPipe("VA-1", NetworkKind.WASTEWATER, null, 200, 10.0, 1990,
                null, null, null, null, null), "material");
    }

    @Test
    void anImpossibleDiameterIsRefused() {
        expectInvalid(new RegisterPipe("VA-1", NetworkKind.WASTEWATER, Material.PVC, 0, 10.0, 1990,
                null, null, null, null, null), "diameterMm");
    }

    @Test
    void aConsequenceClassOutsideOneToFiveIsRefused() {
        expectInvalid(new RegisterPipe("VA-1", NetworkKind.WASTEWATER, Material.PVC, 200, 10.0, 1990,
                null, 6, null, null, null), "consequenceClass");
    }

    @Test
    void aLineOfOnePointIsRefused() {
        expectInvalid(new RegisterPipe("VA-1", NetworkKind.WASTEWATER, Material.PVC, 200, 10.0, 1990,
                null, 2, new Geometry(null, List.of(new Point(1, 2))), null, null), "geometry.coordinates");
    }

    @Test
    void anIdWithASlashIsRefused() {
        expectInvalid(register("VA/1"), "id");
    }

    @Test
    void anInspectionIsLoggedWithItsGrade() {
        LogInspection inspection = new LogInspection("VA-1042", "insp-1", LocalDate.of(2026, 11, 1), " E. Ek ",
                InspectionMethod.CCTV, 3, "crack at 12 m");
        fixture.given(registered("VA-1042"))
                .when(inspection)
                .expectEvents(new InspectionLogged("VA-1042", "insp-1", LocalDate.of(2026, 11, 1), "E. Ek",
                        InspectionMethod.CCTV, 3, "crack at 12 m"));
    }

    @Test
    void anInspectionDatedTomorrowIsRefused() {
        fixture.given(registered("VA-1042"))
                .when(new LogInspection("VA-1042", "i", LocalDate.of(2026, 11, 29), "E. Ek", InspectionMethod.CCTV, 2, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anInspectionDatedTodayInStockholmIsAcceptedWhileUtcIsStillOnYesterday() {
        // 23:30 UTC on 28 November is 00:30 on 29 November in Östersund (CET, UTC+1)
        AggregateTestFixture<Pipe> pastMidnight = new AggregateTestFixture<>(Pipe.class);
        pastMidnight.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-28T23:30:00Z"), ZoneOffset.UTC));
        pastMidnight.given(registered("VA-1042"))
                .when(new LogInspection("VA-1042", "i", LocalDate.of(2026, 11, 29), "E. Ek", InspectionMethod.CCTV, 2, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InspectionLogged("VA-1042", "i", LocalDate.of(2026, 11, 29), "E. Ek",
                        InspectionMethod.CCTV, 2, null));
        pastMidnight.given(registered("VA-1042"))
                .when(new LogInspection("VA-1042", "i", LocalDate.of(2026, 11, 30), "E. Ek", InspectionMethod.CCTV, 2, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anUnsignedInspectionIsRefused() {
        fixture.given(registered("VA-1042"))
                .when(new LogInspection("VA-1042", "i", LocalDate.of(2026, 11, 1), " ", InspectionMethod.CCTV, 2, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("an inspection must name its inspector");
    }

    @Test
    void aGradeOfFiveIsRefusedOnTheOneToFourScale() {
        fixture.given(registered("VA-1042"))
                .when(new LogInspection("VA-1042", "i", LocalDate.of(2026, 11, 1), "E. Ek", InspectionMethod.CCTV, 5, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    private void expectInvalid(RegisterPipe command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectException(org.axonframework.test.matchers.Matchers.predicate(
                        e -> e instanceof InvalidInput invalid && invalid.field().equals(field)));
    }
}
