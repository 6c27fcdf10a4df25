package se.valedger.leak;

/**
 * Our own repair times per pipe-size band against CARE-W's mean times to repair (issue 20): CARE-W's 8/16/24 h are
 * model inputs (mean times), not response targets, so they are compared with our means here instead of setting due
 * dates that half of all repairs would miss by construction. Answers {@link RepairTimes}.
 */
public record FindRepairTimes(RepairDeadlines careW) {
}
