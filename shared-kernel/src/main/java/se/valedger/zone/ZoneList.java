package se.valedger.zone;

import java.util.List;

public record ZoneList(List<ZoneView> zones) {
}
