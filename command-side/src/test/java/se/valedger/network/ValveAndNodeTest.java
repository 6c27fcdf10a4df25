package se.valedger.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.pipe.ImportOutcome;

class ValveAndNodeTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
    static final NodePosition AT = new NodePosition("EPSG:3006", 492000, 6995000);

    AggregateTestFixture<Valve> valves() {
        AggregateTestFixture<Valve> fixture = new AggregateTestFixture<>(Valve.class);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    AggregateTestFixture<Node> nodes() {
        return new AggregateTestFixture<>(Node.class);
    }

    static final ValveRegistered OPEN = new ValveRegistered("V1", "P1", "N1", ValveKind.ISOLATION, ValveStatus.OPEN, 150);

    @Test
    void aBrokenExerciseLeavesTheValveBrokenAndAGoodOneOnABrokenValveOpensItAgain() {
        valves().given(OPEN)
                .when(new RecordValveExercise("V1", LocalDate.of(2026, 10, 1), 12, ExerciseOutcome.BROKEN, "sheared", "Lag 1"))
                .expectEvents(new ValveExercised("V1", LocalDate.of(2026, 10, 1), 12, ExerciseOutcome.BROKEN, "sheared",
                        "Lag 1", ValveStatus.OPEN, ValveStatus.BROKEN));
        valves().given(OPEN, new ValveExercised("V1", LocalDate.of(2026, 10, 1), 12, ExerciseOutcome.BROKEN, null, null,
                        ValveStatus.OPEN, ValveStatus.BROKEN))
                .when(new RecordValveExercise("V1", LocalDate.of(2026, 10, 20), 40, ExerciseOutcome.OK, null, null))
                .expectEvents(new ValveExercised("V1", LocalDate.of(2026, 10, 20), 40, ExerciseOutcome.OK, null, null,
                        ValveStatus.BROKEN, ValveStatus.OPEN));
    }

    @Test
    void anExerciseTomorrowIsRefusedAndStoresNothing() {
        valves().given(OPEN)
                .when(new RecordValveExercise("V1", LocalDate.of(2026, 11, 3), 1, ExerciseOutcome.OK, null, null))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void reImportingAValveAsItIsChangesNothingAndAnotherStatusCorrectsIt() {
        valves().given(OPEN)
                .when(new ImportValve("V1", "P1", "N1", null, ValveStatus.OPEN, 150, "import valves f.csv"))
                .expectNoEvents().expectResultMessagePayload(ImportOutcome.UNCHANGED);
        valves().given(OPEN)
                .when(new ImportValve("V1", "P1", "N1", null, ValveStatus.CLOSED, null, "import valves f.csv"))
                .expectEvents(new ValveCorrected("V1", "P1", "N1", ValveKind.ISOLATION, ValveStatus.CLOSED, 150,
                        "import valves f.csv"))
                .expectResultMessagePayload(ImportOutcome.CORRECTED);
    }

    @Test
    void aModelWithoutCoordinatesNeverErasesAKnownPositionAndANodeWithoutOneIsRefusedByTheApi() {
        nodes().given(new NodeRegistered("N1", NodeKind.JUNCTION, AT, null, Map.of()))
                .when(new ImportNode("N1", NodeKind.JUNCTION, null, null, Map.of(), "import epanet m.inp"))
                .expectNoEvents().expectResultMessagePayload(ImportOutcome.UNCHANGED);
        nodes().givenNoPriorActivity()
                .when(new RegisterNode("N2", NodeKind.HYDRANT, null, null, null))
                .expectException(InvalidInput.class).expectNoEvents();
    }
}
