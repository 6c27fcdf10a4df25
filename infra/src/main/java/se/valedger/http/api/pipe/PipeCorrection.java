package se.valedger.http.api.pipe;

import se.valedger.pipe.CorrectPipe;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/** The body of {@code POST /api/pipes/{id}/corrections}: the fields to fix (others left out) and why. */
record PipeCorrection(
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
        String reason) {

    CorrectPipe toCommand(String pipeId) {
        return new CorrectPipe(pipeId, networkKind, material, diameterMm, lengthM, installationYear, district,
                consequenceClass, geometry, startNode, endNode, reason);
    }
}
