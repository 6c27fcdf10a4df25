package se.valedger.http.api.pipe;

import se.valedger.pipe.Geometry;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.RegisterPipe;

/** The body of {@code POST /api/pipes}. */
record PipeRegistration(
        String id,
        NetworkKind networkKind,
        Material material,
        Integer diameterMm,
        Double lengthM,
        Integer installationYear,
        String district,
        Integer consequenceClass,
        Geometry geometry,
        String startNode,
        String endNode) {

    RegisterPipe toCommand() {
        return new RegisterPipe(id, networkKind, material, diameterMm, lengthM, installationYear, district,
                consequenceClass, geometry, startNode, endNode);
    }
}
