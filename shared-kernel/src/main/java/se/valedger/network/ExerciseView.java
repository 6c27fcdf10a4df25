package se.valedger.network;

import java.time.LocalDate;

public record ExerciseView(LocalDate date, Integer turns, ExerciseOutcome outcome, String note, String crew,
                           ValveStatus statusAfter) {
}
