package se.valedger.pipe;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.valedger.inspection.Observation;

/**
 * Record what an inspector saw on a pipe: coded observations (EN 13508-2), each maybe with the class the inspector
 * gave it; and/or the inspector's hand-entered {@code structuralClass} / {@code operationalClass} (1-4, Svenskt
 * Vatten P122); or, as before issue 17, one hand-given {@code grade} 1-4 for both aspects. {@code formerIds}: ids the
 * same inspection was logged under by an earlier version of its importer (issue 18 widened the CCTV import's
 * identity); logged under any of them, it counts as logged.
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
        Integer structuralClass,
        Integer operationalClass,
        List<String> formerIds) {

    public LogInspection {
        observations = observations == null ? List.of() : List.copyOf(observations);
        formerIds = formerIds == null ? List.of() : List.copyOf(formerIds);
    }

    /** An inspection with the inspector's summary classes, logged for the first time under this id. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector, InspectionMethod method,
                         Integer grade, String findings, String standard, List<Observation> observations,
                         Integer structuralClass, Integer operationalClass) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, standard, observations,
                structuralClass, operationalClass, List.of());
    }

    /** An inspection without the inspector's summary classes, maybe logged earlier under {@code formerIds}. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector, InspectionMethod method,
                         Integer grade, String findings, String standard, List<Observation> observations,
                         List<String> formerIds) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, standard, observations,
                null, null, formerIds);
    }

    /** An inspection without the inspector's summary classes. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector, InspectionMethod method,
                         Integer grade, String findings, String standard, List<Observation> observations) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, standard, observations,
                null, null, List.of());
    }

    /** A hand-graded inspection without coded observations. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector,
                         InspectionMethod method, Integer grade, String findings) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, null, List.of());
    }
}
