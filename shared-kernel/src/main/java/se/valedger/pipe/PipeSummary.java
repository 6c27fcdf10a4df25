package se.valedger.pipe;

import java.time.Instant;
import java.time.LocalDate;

/** A pipe as the register shows it now. Material and year are the renewed ones after a renewal. */
public record PipeSummary(
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
        PipeStatus status,
        Integer latestGrade,
        LocalDate lastInspectedOn,
        int inspectionCount,
        Instant registeredAt,
        Integer renewedYear,
        RenewalMethod renewalMethod,
        LocalDate decommissionedOn) {
}
