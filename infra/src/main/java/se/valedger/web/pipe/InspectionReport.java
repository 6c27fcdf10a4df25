package se.valedger.web.pipe;

import java.time.LocalDate;
import se.valedger.pipe.InspectionMethod;
import se.valedger.pipe.LogInspection;

/** The body of {@code POST /api/pipes/{id}/inspections}. */
record InspectionReport(LocalDate date, String inspector, InspectionMethod method, Integer grade, String findings) {

    LogInspection toCommand(String pipeId, String inspectionId) {
        return new LogInspection(pipeId, inspectionId, date, inspector, method, grade, findings);
    }
}
