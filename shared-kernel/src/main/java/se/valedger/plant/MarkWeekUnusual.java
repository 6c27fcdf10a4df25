package se.valedger.plant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An ISO week ("2024-W07") was an unusual situation (extreme rain, not the yearly snowmelt): it is left out of
 * the maximum average weekly load. {@code markedBy} is the person deciding, set from the signed-in user.
 */
public record MarkWeekUnusual(@TargetAggregateIdentifier String plantId, String week, String reason, String markedBy) {
}
