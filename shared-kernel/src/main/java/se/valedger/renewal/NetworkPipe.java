package se.valedger.renewal;

import java.time.LocalDate;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/**
 * What renewal planning needs to know of a pipe in service. {@code latestGrade} is the structural class of its
 * latest inspection (null when it showed no structural defect, or when never inspected: {@code lastInspectedOn}
 * tells which).
 */
public record NetworkPipe(
        String pipeId,
        NetworkKind networkKind,
        Material material,
        int diameterMm,
        double lengthM,
        int installationYear,
        int consequenceClass,
        Integer latestGrade,
        LocalDate lastInspectedOn) {

    /** A pipe whose inspection date is not known (inspected when it has a class). */
    public NetworkPipe(String pipeId, NetworkKind networkKind, Material material, int diameterMm, double lengthM,
                       int installationYear, int consequenceClass, Integer latestGrade) {
        this(pipeId, networkKind, material, diameterMm, lengthM, installationYear, consequenceClass, latestGrade, null);
    }

    public boolean inspected() {
        return lastInspectedOn != null || latestGrade != null;
    }

    NetworkPipe renewed(int year, Material newMaterial) {
        return new NetworkPipe(pipeId, networkKind, newMaterial, diameterMm, lengthM, year, consequenceClass, null, null);
    }
}
