package se.valedger.pipe;

import se.valedger.inspection.PipeCondition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pipe as the register shows it now. Material and year are the renewed ones after a renewal. {@code condition}:
 * that of its latest inspection (issue 17; null when never inspected, or inspected before the register kept it).
 * {@code assumed}: fields an import defaulted, not read (issue 18); {@code hydraulicStatus}: a model's OPEN, CLOSED
 * or CV, or null.
 */
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
        LocalDate decommissionedOn,
        PipeCondition condition,
        List<String> assumed,
        String hydraulicStatus) {

    public PipeSummary {
        assumed = assumed == null ? List.of() : List.copyOf(assumed);
    }

    public PipeSummary(String pipeId, NetworkKind networkKind, Material material, int diameterMm, double lengthM,
                       int installationYear, String district, int consequenceClass, Geometry geometry, String startNode,
                       String endNode, PipeStatus status, Integer latestGrade, LocalDate lastInspectedOn,
                       int inspectionCount, Instant registeredAt, Integer renewedYear, RenewalMethod renewalMethod,
                       LocalDate decommissionedOn) {
        this(pipeId, networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass, geometry,
                startNode, endNode, status, latestGrade, lastInspectedOn, inspectionCount, registeredAt, renewedYear,
                renewalMethod, decommissionedOn, null, List.of(), null);
    }
}
