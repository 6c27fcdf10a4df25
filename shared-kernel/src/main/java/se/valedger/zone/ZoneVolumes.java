package se.valedger.zone;

import java.util.List;

public record ZoneVolumes(List<Volume> volumes) {

    public record Volume(int year, VolumeKind kind, double m3, String source) {
    }
}
