package se.valedger.pipe;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import se.valedger.inspection.InspectionGrading;
import se.valedger.inspection.Observation;

/**
 * An inspection of a pipe. {@code grade} is the overall P122 class 1-4 (for coded inspections the worse of
 * the derived structural and operational grades). Events written before coded observations existed have
 * only the first seven fields: {@code standard} and {@code grading} read as null and {@code observations}
 * as empty, so the revision stays 1.
 */
@Revision("1")
public record InspectionLogged(
        String pipeId,
        String inspectionId,
        LocalDate date,
        String inspector,
        InspectionMethod method,
        int grade,
        String findings,
        String standard,
        List<Observation> observations,
        InspectionGrading grading) {

    public InspectionLogged {
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    /** A hand-graded inspection. */
    public InspectionLogged(String pipeId, String inspectionId, LocalDate date, String inspector,
                            InspectionMethod method, int grade, String findings) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, null, List.of(), null);
    }

    /** The structural P122 grade when it was derived from observations, else the hand-given grade. */
    public int structuralGrade() {
        return grading == null ? grade : grading.structuralGrade();
    }

    /** The operational P122 grade when it was derived from observations, else the hand-given grade. */
    public int operationalGrade() {
        return grading == null ? grade : grading.operationalGrade();
    }
}
