package se.valedger.renewal;

import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.RenewalMethod;

/** One line of a proposal: which pipe, why (its risk), how, for how much, and the total so far. */
public record ProposedRenewal(
        int rank,
        String pipeId,
        NetworkKind networkKind,
        Material material,
        int diameterMm,
        double lengthM,
        int installationYear,
        int ageYears,
        Integer latestGrade,
        RenewalMethod method,
        long costSek,
        long runningTotalSek,
        PipeRisk risk) {
}
