package se.valedger.renewal;

import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/** What renewal planning needs to know of a pipe in service. */
public record NetworkPipe(
        String pipeId,
        NetworkKind networkKind,
        Material material,
        int diameterMm,
        double lengthM,
        int installationYear,
        int consequenceClass,
        Integer latestGrade) {

    NetworkPipe renewed(int year, Material newMaterial) {
        return new NetworkPipe(pipeId, networkKind, newMaterial, diameterMm, lengthM, year, consequenceClass, null);
    }
}
