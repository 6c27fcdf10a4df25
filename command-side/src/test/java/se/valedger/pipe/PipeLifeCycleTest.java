package se.valedger.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;

class PipeLifeCycleTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    static final Geometry LINE = new Geometry("EPSG:3006", List.of(new Point(492000, 6995000), new Point(492100, 6995060)));
    static final PipeRegistered VA_1042 = new PipeRegistered("VA-1042", NetworkKind.DRINKING_WATER,
            Material.GREY_CAST_IRON, 150, 120.5, 1962, "Odensala", 3, LINE, "N1", "N2");
    static final PipeAttributes BEFORE = PipeAttributes.of(VA_1042);

    AggregateTestFixture<Pipe> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pipe.class);
        fixture.registerInjectableResource(CLOCK);
    }

    static CorrectPipe correction(Integer diameterMm, Integer year, String reason) {
        return new CorrectPipe("VA-1042", null, null, diameterMm, null, year, null, null, null, null, null, reason);
    }

    @Test
    void aCorrectionNamesEachChangedFieldWithOldAndNewValueAndTheReason() {
        PipeAttributes after = new PipeAttributes(NetworkKind.DRINKING_WATER, Material.GREY_CAST_IRON, 160, 120.5,
                1964, "Odensala", 3, LINE, "N1", "N2");
        fixture.given(VA_1042)
                .when(correction(160, 1964, " as-built drawing 1964 "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PipeCorrected("VA-1042", List.of(new FieldChange("diameterMm", 150, 160),
                        new FieldChange("installationYear", 1962, 1964)), "as-built drawing 1964", after));
    }

    @Test
    void aCorrectionThatRepeatsTheCurrentValuesIsRefused() {
        fixture.given(VA_1042)
                .when(correction(150, 1962, "checked"))
                .expectNoEvents()
                .expectException(RuleViolated.class)
                .expectExceptionMessage("every corrected field already has that value; nothing to correct");
    }

    @Test
    void aCorrectionWithoutAReasonIsRefused() {
        fixture.given(VA_1042).when(correction(160, null, " ")).expectNoEvents()
                .expectException(InvalidInput.class);
        assertThat(field(() -> CorrectionsMustBeExplained.check(correction(160, null, null)))).isEqualTo("reason");
    }

    @Test
    void aCorrectionNamingNoFieldIsRefused() {
        fixture.given(VA_1042).when(correction(null, null, "nothing")).expectNoEvents()
                .expectException(InvalidInput.class);
        assertThat(field(() -> CorrectionsMustBeExplained.check(correction(null, null, "x")))).isEqualTo("body");
    }

    @Test
    void aCorrectionToAnImplausibleValueIsRefusedNamingTheField() {
        fixture.given(VA_1042).when(correction(2, null, "typo")).expectNoEvents().expectException(InvalidInput.class);
        assertThat(field(() -> PlausiblePipeAttributes.checkAttributes("VA-1042",
                correction(2, null, "typo").applyTo(BEFORE), CLOCK))).isEqualTo("diameterMm");
    }

    @Test
    void aRenewalKeepsTheIdAndRecordsNewMaterialYearMethodAndCost() {
        fixture.given(VA_1042)
                .when(new RenewPipe("VA-1042", Material.PE, 2025, RenewalMethod.PIPE_BURSTING, 1_450_000L, 180))
                .expectEvents(new PipeRenewed("VA-1042", Material.GREY_CAST_IRON, 1962, Material.PE, 2025,
                        RenewalMethod.PIPE_BURSTING, 1_450_000L, 180, NetworkKind.DRINKING_WATER, 120.5));
    }

    @Test
    void aRenewalWithoutDiameterKeepsTheOldDiameterAndCostIsOptional() {
        fixture.given(VA_1042)
                .when(new RenewPipe("VA-1042", Material.PE, 2025, RenewalMethod.RELINING, null, null))
                .expectEvents(new PipeRenewed("VA-1042", Material.GREY_CAST_IRON, 1962, Material.PE, 2025,
                        RenewalMethod.RELINING, null, 150, NetworkKind.DRINKING_WATER, 120.5));
    }

    @Test
    void aKeyedRenewalIsRecordedOnceAndARepeatOfItsKeyChangesNothing() {
        PipeRenewed renewed = new PipeRenewed("VA-1042", Material.GREY_CAST_IRON, 1962, Material.PE, 2025,
                RenewalMethod.RELINING, 610_000L, 150, NetworkKind.DRINKING_WATER, 120.5, "plan-7/VA-1042");
        fixture.given(VA_1042)
                .when(new RenewPipe("VA-1042", Material.PE, 2025, RenewalMethod.RELINING, 610_000L, null, "plan-7/VA-1042"))
                .expectEvents(renewed);
        fixture.given(VA_1042, renewed)
                .when(new RenewPipe("VA-1042", Material.PE, 2025, RenewalMethod.RELINING, 610_000L, null, "plan-7/VA-1042"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        // even once the pipe is decommissioned, the repeat is a no-op rather than a refusal
        fixture.given(VA_1042, renewed, new PipeDecommissioned("VA-1042", "abandoned", LocalDate.of(2026, 3, 1)))
                .when(new RenewPipe("VA-1042", Material.PE, 2025, RenewalMethod.RELINING, 610_000L, null, "plan-7/VA-1042"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherKeyOrNoKeyIsAnotherRenewal() {
        PipeRenewed renewed = new PipeRenewed("VA-1042", Material.GREY_CAST_IRON, 1962, Material.PE, 2025,
                RenewalMethod.RELINING, null, 150, NetworkKind.DRINKING_WATER, 120.5, "plan-7/VA-1042");
        fixture.given(VA_1042, renewed)
                .when(new RenewPipe("VA-1042", Material.PVC, 2026, RenewalMethod.OPEN_CUT_REPLACEMENT, null, null, "plan-9/VA-1042"))
                .expectEvents(new PipeRenewed("VA-1042", Material.PE, 2025, Material.PVC, 2026, RenewalMethod.OPEN_CUT_REPLACEMENT,
                        null, 150, NetworkKind.DRINKING_WATER, 120.5, "plan-9/VA-1042"));
        fixture.given(VA_1042, renewed)
                .when(new RenewPipe("VA-1042", Material.PVC, 2026, RenewalMethod.OPEN_CUT_REPLACEMENT, null, null))
                .expectEvents(new PipeRenewed("VA-1042", Material.PE, 2025, Material.PVC, 2026, RenewalMethod.OPEN_CUT_REPLACEMENT,
                        null, 150, NetworkKind.DRINKING_WATER, 120.5));
    }

    @Test
    void aRenewalBeforeThePipeWasLaidIsRefused() {
        fixture.given(VA_1042)
                .when(new RenewPipe("VA-1042", Material.PE, 1950, RenewalMethod.OPEN_CUT_REPLACEMENT, null, null))
                .expectNoEvents().expectException(RuleViolated.class);
    }

    @Test
    void aSecondRenewalCannotPredateTheFirst() {
        fixture.given(VA_1042, new PipeRenewed("VA-1042", Material.GREY_CAST_IRON, 1962, Material.PE, 2020,
                        RenewalMethod.RELINING, null, 150, NetworkKind.DRINKING_WATER, 120.5))
                .when(new RenewPipe("VA-1042", Material.PVC, 2015, RenewalMethod.OPEN_CUT_REPLACEMENT, null, null))
                .expectNoEvents().expectException(RuleViolated.class);
    }

    @Test
    void aRenewalInTheFutureOrWithoutMethodOrWithNegativeCostIsRefused() {
        PipeState state = PipeState.NONE.apply(VA_1042);
        assertThat(field(() -> RenewalsMustBePlausible.check(
                new RenewPipe("VA-1042", Material.PE, 2027, RenewalMethod.RELINING, null, null), state, CLOCK)))
                .isEqualTo("year");
        assertThat(field(() -> RenewalsMustBePlausible.check(
                new RenewPipe("VA-1042", Material.PE, 2025, null, null, null), state, CLOCK))).isEqualTo("method");
        assertThat(field(() -> RenewalsMustBePlausible.check(
                new RenewPipe("VA-1042", null, 2025, RenewalMethod.RELINING, null, null), state, CLOCK)))
                .isEqualTo("material");
        assertThat(field(() -> RenewalsMustBePlausible.check(
                new RenewPipe("VA-1042", Material.PE, 2025, RenewalMethod.RELINING, -1L, null), state, CLOCK)))
                .isEqualTo("costSek");
        fixture.given(VA_1042).when(new RenewPipe("VA-1042", Material.PE, 2027, RenewalMethod.RELINING, null, null))
                .expectNoEvents().expectException(InvalidInput.class);
    }

    @Test
    void decommissioningRecordsTheReasonAndDefaultsToToday() {
        fixture.given(VA_1042)
                .when(new DecommissionPipe("VA-1042", "replaced by VA-2001", null))
                .expectEvents(new PipeDecommissioned("VA-1042", "replaced by VA-2001", LocalDate.of(2026, 6, 1)));
    }

    @Test
    void decommissioningWithoutAReasonOrInTheFutureIsRefused() {
        fixture.given(VA_1042).when(new DecommissionPipe("VA-1042", "", null))
                .expectNoEvents().expectException(InvalidInput.class);
        fixture.given(VA_1042).when(new DecommissionPipe("VA-1042", "gone", LocalDate.of(2027, 1, 1)))
                .expectNoEvents().expectException(InvalidInput.class);
    }

    @Test
    void aDecommissionedPipeCannotBeCorrectedRenewedInspectedOrDecommissionedAgain() {
        PipeDecommissioned gone = new PipeDecommissioned("VA-1042", "abandoned", LocalDate.of(2025, 1, 1));
        fixture.given(VA_1042, gone).when(correction(160, null, "late fix"))
                .expectNoEvents().expectException(RuleViolated.class)
                .expectExceptionMessage("pipe VA-1042 was decommissioned on 2025-01-01 and cannot be corrected");
        fixture.given(VA_1042, gone).when(new RenewPipe("VA-1042", Material.PE, 2025, RenewalMethod.RELINING, null, null))
                .expectNoEvents().expectException(RuleViolated.class);
        fixture.given(VA_1042, gone).when(new LogInspection("VA-1042", "i1", LocalDate.of(2026, 1, 1), "E. Ek",
                        InspectionMethod.CCTV, 2, null))
                .expectNoEvents().expectException(RuleViolated.class);
        fixture.given(VA_1042, gone).when(new DecommissionPipe("VA-1042", "again", null))
                .expectNoEvents().expectException(RuleViolated.class);
    }

    @Test
    void anImportOfANewPipeRegistersItWithUnknownMaterialAndTheDefaultYearBothMarkedAssumed() {
        fixture.givenNoPriorActivity()
                .when(new ImportPipe("N1-10", NetworkKind.DRINKING_WATER, null, 457, 3209.5, null, null, null, null,
                        "10", "11", 1970, "import"))
                .expectResultMessagePayload(ImportOutcome.CREATED)
                .expectEvents(new PipeRegistered("N1-10", NetworkKind.DRINKING_WATER, Material.UNKNOWN, 457, 3209.5,
                        1970, null, 3, null, "10", "11", java.util.List.of("material", "installationYear"), null));
    }

    @Test
    void anImportThatStatesTheMaterialAssumesOnlyTheYearAndKeepsTheModelsStatus() {
        fixture.givenNoPriorActivity()
                .when(new ImportPipe("N1-11", NetworkKind.DRINKING_WATER, Material.PVC, 160, 80.0, null, null, null,
                        null, "10", "11", 1970, "import", "CV"))
                .expectEvents(new PipeRegistered("N1-11", NetworkKind.DRINKING_WATER, Material.PVC, 160, 80.0,
                        1970, null, 3, null, "10", "11", java.util.List.of("installationYear"), "CV"));
    }

    @Test
    void aRegistrationMarkingAFieldThatCannotBeAssumedIsRefusedNamingIt() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPipe("N1-12", NetworkKind.DRINKING_WATER, Material.PVC, 160, 80.0, 1990, null, null,
                        null, null, null, java.util.List.of("diameterMm"), null))
                .expectNoEvents().expectException(se.valedger.kernel.InvalidInput.class);
    }

    @Test
    void reImportingTheSameRowChangesNothing() {
        fixture.given(VA_1042)
                .when(new ImportPipe("VA-1042", NetworkKind.DRINKING_WATER, null, 150, 120.5, null, null, null, LINE,
                        "N1", "N2", 1970, "import"))
                .expectResultMessagePayload(ImportOutcome.UNCHANGED)
                .expectNoEvents();
    }

    @Test
    void reImportingAChangedRowCorrectsOnlyTheSuppliedFields() {
        PipeAttributes after = new PipeAttributes(NetworkKind.DRINKING_WATER, Material.GREY_CAST_IRON, 150, 130.0,
                1962, "Odensala", 3, LINE, "N1", "N2");
        fixture.given(VA_1042)
                .when(new ImportPipe("VA-1042", NetworkKind.DRINKING_WATER, null, 150, 130.0, null, null, null, LINE,
                        "N1", "N2", 1970, "import epanet net.inp"))
                .expectResultMessagePayload(ImportOutcome.CORRECTED)
                .expectEvents(new PipeCorrected("VA-1042", List.of(new FieldChange("lengthM", 120.5, 130.0)),
                        "import epanet net.inp", after));
    }

    @Test
    void anImportedRowWithAnImplausibleValueIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ImportPipe("N1-10", NetworkKind.DRINKING_WATER, null, 457, -1.0, null, null, null, null,
                        "10", "11", 1970, "import"))
                .expectNoEvents().expectException(InvalidInput.class);
    }

    @Test
    void theFoldedStateFollowsCorrectionRenewalAndDecommissioning() {
        PipeState state = PipeState.fold(List.of(VA_1042,
                new PipeCorrected("VA-1042", List.of(), "r", BEFORE.renewed(Material.GREY_CAST_IRON, 1964, 160)),
                new PipeRenewed("VA-1042", Material.GREY_CAST_IRON, 1964, Material.PE, 2025, RenewalMethod.RELINING,
                        null, 160, NetworkKind.DRINKING_WATER, 120.5),
                new PipeDecommissioned("VA-1042", "gone", LocalDate.of(2026, 1, 1))));
        assertThat(state.attributes().material()).isEqualTo(Material.PE);
        assertThat(state.attributes().installationYear()).isEqualTo(2025);
        assertThat(state.attributes().diameterMm()).isEqualTo(160);
        assertThat(state.renewedYear()).isEqualTo(2025);
        assertThat(state.status()).isEqualTo(PipeStatus.DECOMMISSIONED);
    }

    static String field(Runnable check) {
        try {
            check.run();
        } catch (InvalidInput e) {
            return e.field();
        }
        return null;
    }
}
