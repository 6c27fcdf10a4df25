package se.valedger.plant;

import org.axonframework.serialization.Revision;

/** The year's weekly figure passed a warning level (80 or 90 % of the permitted connection unless the plant names others). */
@Revision("1")
public record WeeklyLoadLevelCrossed(String plantId, int year, int levelPercent, String week, double loadPe,
                                     double utilisationPercent) {
}
