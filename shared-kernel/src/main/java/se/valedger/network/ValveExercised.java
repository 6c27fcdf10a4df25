package se.valedger.network;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A valve was exercised; {@code statusAfter} is the valve's status the outcome leaves ({@link ExerciseOutcome}). */
@Revision("1")
public record ValveExercised(String valveId, LocalDate date, Integer turns, ExerciseOutcome outcome, String note,
                             String crew, ValveStatus statusBefore, ValveStatus statusAfter) {
}
