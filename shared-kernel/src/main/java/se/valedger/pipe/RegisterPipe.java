package se.valedger.pipe;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enter a pipe into the network register under the utility's own asset id. */
public record RegisterPipe(
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
        String endNode) {
}
