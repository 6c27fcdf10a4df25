package se.valedger.plant;

import org.axonframework.serialization.Revision;

/** The year's weekly figure is at or below a warning level again. */
@Revision("1")
public record WeeklyLoadLevelCleared(String plantId, int year, int levelPercent, String week, Double loadPe,
                                     Double utilisationPercent) {
}
