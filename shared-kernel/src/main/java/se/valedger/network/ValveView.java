package se.valedger.network;

import java.time.LocalDate;
import java.util.List;

/**
 * A valve, its exercising history (newest first; empty in lists) and when its next exercise is due: the last
 * exercise plus the interval the query names, or at once if it was never exercised ({@code overdue} as of the query's
 * date).
 */
public record ValveView(String valveId, String pipeId, String nodeId, ValveKind kind, ValveStatus status,
                        Integer diameterMm, LocalDate lastExercisedOn, LocalDate nextExerciseDue, boolean overdue,
                        List<ExerciseView> exercises) {
}
