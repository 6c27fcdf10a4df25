package se.valedger.pipe;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import se.valedger.inspection.InspectionGrading;
import se.valedger.inspection.InspectorClassesDecide;
import se.valedger.inspection.Observation;
import se.valedger.inspection.PipeCondition;

/**
 * An inspection of a pipe. {@code condition} is the pipe's condition after it, structural and operational apart,
 * decided by {@link InspectorClassesDecide} (the inspector's class first, VA Ledger's estimate beside it).
 * {@code grade} is kept for readers of older events: the worse class of the condition, 1 when no defect was observed.
 * Events written before coded observations existed have only the first seven fields, and those before issue 17
 * no {@code structuralClass}, {@code operationalClass} or {@code condition}: the missing fields read as null (the
 * condition is then decided from what the event holds, see the compact constructor), so the revision stays 1.
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
        InspectionGrading grading,
        Integer structuralClass,
        Integer operationalClass,
        PipeCondition condition) {

    public InspectionLogged {
        observations = observations == null ? List.of() : List.copyOf(observations);
        if (condition == null) {
            // An event from before issue 17: the rule decides from what it holds (a hand grade, or the grading).
            condition = InspectorClassesDecide.decide(observations, grading, structuralClass, operationalClass,
                    grading == null ? Integer.valueOf(grade) : null);
        }
    }

    /** A hand-graded inspection. */
    public InspectionLogged(String pipeId, String inspectionId, LocalDate date, String inspector,
                            InspectionMethod method, int grade, String findings) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, null, List.of(), null);
    }

    /** An inspection as logged before the inspector's classes (its condition decided from it). */
    public InspectionLogged(String pipeId, String inspectionId, LocalDate date, String inspector,
                            InspectionMethod method, int grade, String findings, String standard,
                            List<Observation> observations, InspectionGrading grading) {
        this(pipeId, inspectionId, date, inspector, method, grade, findings, standard, observations, grading, null,
                null, null);
    }

    /** The structural class of the condition, 1 when no structural defect was observed (for older readers). */
    public int structuralGrade() {
        return condition.structuralClass() == null ? 1 : condition.structuralClass();
    }

    /** The operational class of the condition, 1 when no operational defect was observed (for older readers). */
    public int operationalGrade() {
        return condition.operationalClass() == null ? 1 : condition.operationalClass();
    }
}
