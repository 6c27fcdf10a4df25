package se.valedger.pipe;

import org.axonframework.serialization.Revision;

/** {@code renewalKey} is the sender's name for this renewal (null for one recorded by hand and in events before it existed). */
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
        double lengthM,
        String renewalKey) {

    public PipeRenewed(String pipeId, Material previousMaterial, int previousInstallationYear, Material material, int year,
                       RenewalMethod method, Long costSek, int diameterMm, NetworkKind networkKind, double lengthM) {
        this(pipeId, previousMaterial, previousInstallationYear, material, year, method, costSek, diameterMm, networkKind,
                lengthM, null);
    }
}
