package se.valedger.plant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WeekMarkedUsual(String plantId, String week, String reason, String markedBy) {
}
