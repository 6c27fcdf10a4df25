package se.valedger.pipe;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record what an inspector saw on a pipe, with a condition grade 1 (good) to 4 (worst). */
public record LogInspection(
        @TargetAggregateIdentifier String pipeId,
        String inspectionId,
        LocalDate date,
        String inspector,
        InspectionMethod method,
        Integer grade,
        String findings) {
}
