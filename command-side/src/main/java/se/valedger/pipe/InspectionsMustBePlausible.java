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
        if (command.observations().isEmpty()) {
            PlausiblePipeAttributes.required("grade", command.grade());
        } else if (command.grade() != null) {
            throw new InvalidInput("grade", "give either a grade or observations; with observations the grade is derived");
        }
        if (command.grade() != null && (command.grade() < 1 || command.grade() > 4)) {
            throw new InvalidInput("grade", "condition grade is 1 (good) to 4 (worst), was " + command.grade());
        }
        PlausiblePipeAttributes.checkText("findings", command.findings(), 10_000);
        PlausiblePipeAttributes.checkText("standard", command.standard(), 100);
        ObservationsMustBeWellFormed.check(command.observations());
    }
}
