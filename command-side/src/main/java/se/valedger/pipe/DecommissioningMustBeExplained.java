package se.valedger.pipe;

import java.time.Clock;
import java.time.LocalDate;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/** Taking a pipe out of service says why, and happens on a day that has come. */
final class DecommissioningMustBeExplained {

    private DecommissioningMustBeExplained() {
    }

    static void check(String reason, LocalDate date, PipeState state, Clock clock) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "decommissioning must say why the pipe is taken out of service");
        }
        PlausiblePipeAttributes.checkText("reason", reason, 2000);
        if (date.isAfter(UtilityTime.today(clock))) {
            throw new InvalidInput("date", "decommissioning date " + date + " is in the future");
        }
        if (date.getYear() < state.attributes().installationYear()) {
            throw new InvalidInput("date", "decommissioning date " + date + " is before the pipe was laid in "
                    + state.attributes().installationYear());
        }
    }
}
