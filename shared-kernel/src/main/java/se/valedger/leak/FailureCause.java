package se.valedger.leak;

/** Why the pipe failed, as found at the repair (the failure-history categories of break statistics). */
public enum FailureCause {
    CIRCUMFERENTIAL_CRACK,
    LONGITUDINAL_SPLIT,
    CORROSION_HOLE,
    JOINT_FAILURE,
    FITTING_OR_VALVE,
    THIRD_PARTY_DAMAGE,
    GROUND_MOVEMENT,
    UNKNOWN
}
