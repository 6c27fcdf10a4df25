package se.valedger.http.api.pipe;

import java.time.LocalDate;
import java.util.List;
import se.valedger.inspection.Observation;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.LogInspection;

/**
 * The body of {@code POST /api/pipes/{id}/inspections}: EN 13508-2 observations (each maybe with the inspector's
 * {@code class} 1-4), and/or the inspector's hand-entered {@code structuralClass} / {@code operationalClass}, or one
 * {@code grade} (the form before issue 17).
 */
record InspectionReport(LocalDate date, String inspector, InspectionMethod method, Integer grade, String findings,
                        String standard, List<Observation> observations, Integer structuralClass,
                        Integer operationalClass) {

    LogInspection toCommand(String pipeId, String inspectionId) {
        return new LogInspection(pipeId, inspectionId, date, inspector, method, grade, findings, standard, observations,
                structuralClass, operationalClass);
    }
}
