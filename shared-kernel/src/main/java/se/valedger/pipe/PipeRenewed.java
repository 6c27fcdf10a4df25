package se.valedger.pipe;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PipeRenewed(
        String pipeId,
        Material previousMaterial,
        int previousInstallationYear,
        Material material,
        int year,
        RenewalMethod method,
        Long costSek,
        int diameterMm,
        NetworkKind networkKind,
        double lengthM) {
}
