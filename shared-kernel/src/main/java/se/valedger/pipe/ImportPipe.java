package se.valedger.pipe;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One row of a bulk import: registers the pipe if it is new, else corrects the attributes the file
 * supplies (null = the file does not say; the register keeps its value) and does nothing if they already
 * match. Answers an {@link ImportOutcome}. On registration, a missing material is UNKNOWN and a missing
 * installation year is {@code defaultInstallationYear}, and the pipe names them {@code assumed}.
 * {@code hydraulicStatus}: the model's pipe status (EPANET OPEN, CLOSED, CV), null when the file has none.
 */
public record ImportPipe(
        @TargetAggregateIdentifier String pipeId,
        NetworkKind networkKind,
        Material material,
        Integer diameterMm,
        Double lengthM,
        Integer installationYear,
        String district,
        Integer consequenceClass,
        Geometry geometry,
        String startNode,
        String endNode,
        int defaultInstallationYear,
        String reason,
        String hydraulicStatus) {

    public ImportPipe(String pipeId, NetworkKind networkKind, Material material, Integer diameterMm, Double lengthM,
                      Integer installationYear, String district, Integer consequenceClass, Geometry geometry,
                      String startNode, String endNode, int defaultInstallationYear, String reason) {
        this(pipeId, networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass, geometry,
                startNode, endNode, defaultInstallationYear, reason, null);
    }

    public CorrectPipe asCorrection() {
        return new CorrectPipe(pipeId, networkKind, material, diameterMm, lengthM, installationYear, district,
                consequenceClass, geometry, startNode, endNode, reason, hydraulicStatus);
    }
}
