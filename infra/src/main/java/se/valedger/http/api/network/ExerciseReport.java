package se.valedger.http.api.network;

import java.time.LocalDate;
import se.valedger.network.ExerciseOutcome;
import se.valedger.network.RecordValveExercise;

/** The body of {@code POST /api/valves/{id}/exercises}. */
record ExerciseReport(LocalDate date, Integer turns, ExerciseOutcome outcome, String note, String crew) {

    RecordValveExercise toCommand(String valveId) {
        return new RecordValveExercise(valveId, date, turns, outcome, note, crew);
    }
}
