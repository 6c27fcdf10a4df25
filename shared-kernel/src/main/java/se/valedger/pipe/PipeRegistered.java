package se.valedger.pipe;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PipeRegistered(
        String pipeId,
        NetworkKind networkKind,
        Material material,
        int diameterMm,
        double lengthM,
        int installationYear,
        String district,
        int consequenceClass,
        Geometry geometry,
        String startNode,
        String endNode) {
}
