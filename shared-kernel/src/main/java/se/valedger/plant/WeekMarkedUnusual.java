package se.valedger.plant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WeekMarkedUnusual(String plantId, String week, String reason, String markedBy) {
}
