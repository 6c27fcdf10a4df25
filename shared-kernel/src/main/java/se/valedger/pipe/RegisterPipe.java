package se.valedger.pipe;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enter a pipe into the network register under the utility's own asset id. {@code assumed}: the fields the
 * sender defaulted rather than knew ({@code material}, {@code installationYear}); {@code hydraulicStatus}: a
 * model's pipe status (EPANET {@code OPEN}, {@code CLOSED}, {@code CV}), null when none.
 */
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
        String endNode,
        List<String> assumed,
        String hydraulicStatus) {

    public RegisterPipe {
        assumed = assumed == null ? List.of() : List.copyOf(assumed);
    }

    public RegisterPipe(String pipeId, NetworkKind networkKind, Material material, Integer diameterMm, Double lengthM,
                        Integer installationYear, String district, Integer consequenceClass, Geometry geometry,
                        String startNode, String endNode) {
        this(pipeId, networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass, geometry,
                startNode, endNode, List.of(), null);
    }

    public RegisterPipe(String pipeId, NetworkKind networkKind, Material material, Integer diameterMm, Double lengthM,
                        Integer installationYear, String district, Integer consequenceClass, Geometry geometry,
                        String startNode, String endNode, List<String> assumed) {
        this(pipeId, networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass, geometry,
                startNode, endNode, assumed, null);
    }
}
