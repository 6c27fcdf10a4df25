package se.valedger.pipe;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.valedger.inspection.Observation;

/**
 * Record what an inspector saw on a pipe: coded observations (EN 13508-2), each maybe with the class the inspector
 * gave it; and/or the inspector's hand-entered {@code structuralClass} / {@code operationalClass} (1-4, Svenskt
 * Vatten P122); or, as before issue 17, one hand-given {@code grade} 1-4 for both aspects.
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
        Integer operationalClass) {

    public LogInspection {
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    /** An inspection without the inspector's summary classes. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector, InspectionMethod method,
                         Integer grade, String findings, String standard, List<Observation> observations) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, standard, observations, null, null);
    }

    /** A hand-graded inspection without coded observations. */
    public LogInspection(String pipeId, String inspectionId, LocalDate date, String inspector,
                         InspectionMethod method, Integer grade, String findings) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, null, List.of());
    }
}
