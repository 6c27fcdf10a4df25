package se.valedger.pipe;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A pipe entered the register. Revision 2 (issue 18): {@code assumed} names the fields an import defaulted rather
 * than read (material, installationYear), {@code hydraulicStatus} the model's status (EPANET OPEN, CLOSED, CV;
 * null: none stated). Revision 1 is read by {@code PipeRegisteredRevision1To2}.
 */
@Revision("2")
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
        String endNode,
        List<String> assumed,
        String hydraulicStatus) {

    public PipeRegistered {
        assumed = assumed == null ? List.of() : List.copyOf(assumed);
    }

    /** A pipe registered with every field stated and no hydraulic status. */
    public PipeRegistered(String pipeId, NetworkKind networkKind, Material material, int diameterMm, double lengthM,
                          int installationYear, String district, int consequenceClass, Geometry geometry,
                          String startNode, String endNode) {
        this(pipeId, networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass, geometry,
                startNode, endNode, List.of(), null);
    }
}
