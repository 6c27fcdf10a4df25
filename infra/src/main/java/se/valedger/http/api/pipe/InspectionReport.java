package se.valedger.http.api.pipe;

import java.time.LocalDate;
import java.util.List;
import se.valedger.inspection.Observation;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.LogInspection;

/** The body of {@code POST /api/pipes/{id}/inspections}: a grade, or EN 13508-2 observations to derive it from. */
record InspectionReport(LocalDate date, String inspector, InspectionMethod method, Integer grade, String findings,
                        String standard, List<Observation> observations) {

    LogInspection toCommand(String pipeId, String inspectionId) {
        return new LogInspection(pipeId, inspectionId, date, inspector, method, grade, findings, standard, observations);
    }
}
