package se.valedger.pipe;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Fix recorded attributes of a pipe (a data error, not a physical change). Fields left null are
 * kept as they are; the reason is required so that every data fix can be explained to an auditor.
 */
public record CorrectPipe(
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
        String reason,
        String hydraulicStatus) {

    public CorrectPipe(String pipeId, NetworkKind networkKind, Material material, Integer diameterMm, Double lengthM,
                       Integer installationYear, String district, Integer consequenceClass, Geometry geometry,
                       String startNode, String endNode, String reason) {
        this(pipeId, networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass, geometry,
                startNode, endNode, reason, null);
    }

    /**
     * The attributes after this correction, starting from {@code current}. A field it gives is no longer assumed
     * (a correction states it).
     */
    public PipeAttributes applyTo(PipeAttributes current) {
        return new PipeAttributes(
                networkKind != null ? networkKind : current.networkKind(),
                material != null ? material : current.material(),
                diameterMm != null ? diameterMm : current.diameterMm(),
                lengthM != null ? lengthM : current.lengthM(),
                installationYear != null ? installationYear : current.installationYear(),
                district != null ? district : current.district(),
                consequenceClass != null ? consequenceClass : current.consequenceClass(),
                geometry != null ? geometry : current.geometry(),
                startNode != null ? startNode : current.startNode(),
                endNode != null ? endNode : current.endNode(),
                current.assumedWithout(material != null ? "material" : null,
                        installationYear != null ? "installationYear" : null),
                hydraulicStatus != null ? hydraulicStatus : current.hydraulicStatus());
    }
}
