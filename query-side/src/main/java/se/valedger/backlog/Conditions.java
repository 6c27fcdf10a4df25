package se.valedger.backlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import se.valedger.inspection.ConditionBasis;
import se.valedger.inspection.PipeCondition;

/** A condition as the backlog stores it (jsonb), and the condition of an item stored before issue 17. */
final class Conditions {

    private Conditions() {
    }

    static PipeCondition read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return BacklogProjection.JSON.readValue(json, PipeCondition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored condition is not valid JSON", e);
        }
    }

    /** An inspection finding stored before issue 17 has only its grade: read it as the inspector's, for both aspects. */
    static PipeCondition ofGrade(Integer grade) {
        return grade == null ? null : new PipeCondition(grade, grade, null, null, ConditionBasis.GRADE,
                ConditionBasis.GRADE, null, null, null, "stored before issue 17: grade only");
    }
}
