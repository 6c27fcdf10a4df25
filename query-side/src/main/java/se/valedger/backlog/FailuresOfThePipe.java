package se.valedger.backlog;

import se.valedger.leak.FailureCause;

/**
 * Which repaired leaks count as breaks of the pipe in its risk score: failures of the pipe itself. Damage by a third
 * party (an excavator) and failures of a fitting or valve say nothing of the pipe's own condition, so they are not
 * counted; an unknown cause is counted (the repair was on the pipe). Issue 17, "breaks counted right".
 */
final class FailuresOfThePipe {

    private FailuresOfThePipe() {
    }

    static boolean count(FailureCause cause) {
        return cause != FailureCause.THIRD_PARTY_DAMAGE && cause != FailureCause.FITTING_OR_VALVE;
    }
}
