package se.valedger.pipe;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.valedger.inspection.Observation;

/**
 * Record what an inspector saw on a pipe: either a condition grade 1 (good) to 4 (worst) given by hand, or
 * coded observations (EN 13508-2) from which the grade is derived. {@code formerIds}: ids the same inspection was
 * logged under by an earlier version of its importer (issue 18 widened the CCTV import's identity); logged under
 * any of them, it counts as logged.
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
        List<Observation> observations,
        List<String> formerIds) {

    public LogInspection {
        observations = observations == null ? List.of() : List.copyOf(observations);
        formerIds = formerIds == null ? List.of() : List.copyOf(formerIds);
    }

    /** An inspection without former ids. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector, InspectionMethod method,
                         Integer grade, String findings, String standard, List<Observation> observations) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, standard, observations, List.of());
    }

    /** A hand-graded inspection without coded observations. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector,
                         InspectionMethod method, Integer grade, String findings) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, null, List.of());
    }
}
