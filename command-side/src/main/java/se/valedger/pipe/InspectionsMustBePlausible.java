package se.valedger.pipe;

import java.time.Clock;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/** An inspection is dated, signed, done by a known method and graded on the 1-4 scale or coded. */
final class InspectionsMustBePlausible {

    private InspectionsMustBePlausible() {
    }

    static void check(LogInspection command, Clock clock) {
        PlausiblePipeAttributes.required("date", command.date());
        if (command.date().isAfter(UtilityTime.today(clock))) {
            throw new InvalidInput("date", "inspection date " + command.date() + " is in the future");
        }
        if (command.inspector() == null || command.inspector().isBlank()) {
            throw new InvalidInput("inspector", "an inspection must name its inspector");
        }
        PlausiblePipeAttributes.checkText("inspector", command.inspector(), 200);
        PlausiblePipeAttributes.required("method", command.method());
        boolean summary = command.structuralClass() != null || command.operationalClass() != null;
        if (command.observations().isEmpty() && !summary) {
            if (command.grade() == null) {
                throw new InvalidInput("structuralClass", "give the inspector's structuralClass and/or operationalClass "
                        + "(1-4), coded observations, or a grade");
            }
        } else if (command.grade() != null) {
            throw new InvalidInput("grade", summary
                    ? "give either a grade or the inspector's structuralClass/operationalClass, not both"
                    : "give either a grade or observations; with observations the classes come from them");
        }
        if (command.grade() != null && (command.grade() < 1 || command.grade() > 4)) {
            throw new InvalidInput("grade", "condition grade is 1 (good) to 4 (worst), was " + command.grade());
        }
        InspectorClassesMustBeOnTheScale.check(command);
        PlausiblePipeAttributes.checkText("findings", command.findings(), 10_000);
        PlausiblePipeAttributes.checkText("standard", command.standard(), 100);
        ObservationsMustBeWellFormed.check(command.observations());
    }
}
