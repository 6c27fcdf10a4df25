package se.valedger.pipe;

import java.time.Clock;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;
import se.valedger.kernel.UtilityTime;

/**
 * A renewal names the new material and method, happens in a year that has come, not before the pipe
 * (or its last renewal) was laid, and costs nothing negative.
 */
final class RenewalsMustBePlausible {

    static final String RULE = "RenewalFollowsInstallation";

    private RenewalsMustBePlausible() {
    }

    static void check(RenewPipe command, PipeState state, Clock clock) {
        PlausiblePipeAttributes.required("material", command.material());
        PlausiblePipeAttributes.required("method", command.method());
        PlausiblePipeAttributes.required("year", command.year());
        if (command.year() > UtilityTime.thisYear(clock)) {
            throw new InvalidInput("year", "renewal year " + command.year() + " is in the future");
        }
        if (command.costSek() != null && command.costSek() < 0) {
            throw new InvalidInput("costSek", "cost cannot be negative, was " + command.costSek());
        }
        if (command.diameterMm() != null) {
            PlausiblePipeAttributes.checkDiameter(command.diameterMm());
        }
        int laid = state.attributes().installationYear();
        if (command.year() < laid) {
            throw new RuleViolated(RULE, "renewal year " + command.year() + " is before the pipe's (last) installation in "
                    + laid);
        }
    }
}
