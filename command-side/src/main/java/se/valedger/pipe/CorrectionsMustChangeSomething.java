package se.valedger.pipe;

import java.util.List;
import se.valedger.kernel.RuleViolated;

/** A correction that would leave every field as it is records nothing and is refused. */
final class CorrectionsMustChangeSomething {

    static final String RULE = "CorrectionsMustChangeSomething";

    private CorrectionsMustChangeSomething() {
    }

    static void check(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            throw new RuleViolated(RULE, "every corrected field already has that value; nothing to correct");
        }
    }
}
