package se.valedger.pipe;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.valedger.inspection.Observation;

/**
 * Record what an inspector saw on a pipe: either a condition grade 1 (good) to 4 (worst) given by hand, or
 * coded observations (EN 13508-2) from which the grade is derived.
 */
public record LogInspection(
        @TargetAggregateIdentifier String pipeId,
        String inspectionId,
        LocalDate date,
        String inspector,
        InspectionMethod method,
        Integer grade,
        String findings,
        String standard,
        List<Observation> observations) {

    public LogInspection {
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    /** A hand-graded inspection without coded observations. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector,
                         InspectionMethod method, Integer grade, String findings) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, null, List.of());
    }
}
