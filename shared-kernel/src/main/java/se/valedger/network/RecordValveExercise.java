package se.valedger.network;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a valve was exercised on a date: turns counted, what was found, a note. */
public record RecordValveExercise(String valveId, LocalDate date, Integer turns,
                                  ExerciseOutcome outcome, String note, String crew) {

    /** The event store's id of the element ({@link NetworkIds}). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return NetworkIds.valve(valveId);
    }
}
