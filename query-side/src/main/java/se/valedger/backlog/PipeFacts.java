package se.valedger.backlog;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.valedger.inspection.PipeCondition;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeRenewed;
import se.valedger.pipe.ServiceLife;
import se.valedger.risk.ConsequenceFacts;
import se.valedger.risk.RiskInputs;
import se.valedger.risk.RiskModel;

/**
 * What the backlog knows of one pipe, as in its row of {@code backlog.pipe}, with the dates of its breaks:
 * everything an item of the pipe is scored with, as of a given date. {@code consequence} holds the consequence parts
 * of issue 20's criticality read model ({@code network.pipe_criticality}, read with the row; a pipe it has no row
 * for, or one registered in the batch, has {@link ConsequenceFacts#UNKNOWN}: its parts say "not known").
 */
record PipeFacts(NetworkKind networkKind, Material material, int diameterMm, double lengthM, int installationYear,
                 String district, int consequenceClass, LocalDate latestInspectionOn, Integer latestGrade,
                 Integer renewedYear, List<LocalDate> breaks, PipeCondition latestCondition,
                 ConsequenceFacts consequence) {

    private static final ServiceLife SERVICE_LIFE = ServiceLife.defaults();

    /** The evidence of condition an item is scored with: an inspection's condition and date, or none. */
    record Evidence(PipeCondition condition, LocalDate inspectedOn) {

        static final Evidence NONE = new Evidence(null, null);

        boolean inspected() {
            return inspectedOn != null;
        }
    }

    PipeFacts {
        breaks = List.copyOf(breaks);
        consequence = consequence == null ? ConsequenceFacts.UNKNOWN : consequence;
    }

    static PipeFacts registered(PipeRegistered e) {
        return new PipeFacts(e.networkKind(), e.material(), e.diameterMm(), e.lengthM(), e.installationYear(),
                e.district(), e.consequenceClass(), null, null, null, List.of(), null, ConsequenceFacts.UNKNOWN);
    }

    PipeFacts inspected(LocalDate on, Integer grade, PipeCondition condition) {
        return new PipeFacts(networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass,
                on, grade, renewedYear, breaks, condition, consequence);
    }

    PipeFacts corrected(PipeAttributes a) {
        return new PipeFacts(a.networkKind(), a.material(), a.diameterMm(), a.lengthM(), a.installationYear(),
                a.district(), a.consequenceClass(), latestInspectionOn, latestGrade, renewedYear, breaks, latestCondition,
                consequence);
    }

    /** The new pipe starts its age in the renewal year and has no grade of its own yet. */
    PipeFacts renewed(PipeRenewed e) {
        return new PipeFacts(networkKind, e.material(), e.diameterMm(), lengthM, e.year(), district, consequenceClass,
                latestInspectionOn, null, e.year(), breaks, null, consequence);
    }

    /** The pipe's latest inspection, none when never inspected (or not since its renewal). */
    Evidence latestEvidence() {
        return latestCondition == null || latestInspectionOn == null ? Evidence.NONE
                : new Evidence(latestCondition, latestInspectionOn);
    }

    /** Age, inspection age and breaks counted as of {@code asOf}: breaks in the window up to it. */
    RiskInputs riskInputs(Evidence evidence, boolean openLeak, LocalDate asOf, RiskModel model) {
        LocalDate since = asOf.minus(Period.ofYears(model.breakWindowYears()));
        int recent = (int) breaks.stream().filter(failedOn -> !failedOn.isBefore(since) && !failedOn.isAfter(asOf)).count();
        return new RiskInputs(evidence.inspected(),
                evidence.condition() == null ? null : evidence.condition().structuralClass(),
                evidence.condition() == null ? null : evidence.condition().source(),
                evidence.inspected() ? yearsBetween(evidence.inspectedOn(), asOf) : null, openLeak,
                asOf.getYear() - installationYear, SERVICE_LIFE.of(material), recent, model.breakWindowYears(), lengthM,
                diameterMm, networkKind, consequenceClass, consequence);
    }

    static double yearsBetween(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to)) / 365.25;
    }
}
