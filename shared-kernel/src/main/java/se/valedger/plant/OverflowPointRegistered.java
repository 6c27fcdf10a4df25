package se.valedger.plant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OverflowPointRegistered(String plantId, String pointId, String name, OverflowPointType type, double east,
                                      double north, String recipient) {
}
