package se.valedger.incident;

import java.util.ArrayList;
import java.util.List;

/**
 * The default heuristic for a water utility deciding whether an incident is significant under NIS2
 * (and so must be reported): an outage of at least 2 hours that affected at least 2,000 persons or a
 * hospital, or any effect at all on the control systems (SCADA). A suspected malicious incident is
 * flagged for a person to judge but does not decide alone. The utility's own assessment always wins;
 * this only proposes.
 */
public final class Significance {

    public static final double MIN_OUTAGE_HOURS = 2.0;
    public static final int MIN_PERSONS = 2_000;

    public record Assessment(boolean significant, List<String> reasons) {
    }

    private Significance() {
    }

    public static Assessment assess(Impact impact) {
        List<String> reasons = new ArrayList<>();
        if (impact == null) {
            return new Assessment(false, List.of("no impact given"));
        }
        boolean longOutage = impact.outageHours() != null && impact.outageHours() >= MIN_OUTAGE_HOURS;
        boolean manyPersons = impact.personsAffected() != null && impact.personsAffected() >= MIN_PERSONS;
        boolean hospital = Boolean.TRUE.equals(impact.hospitalAffected());
        if (longOutage && manyPersons) {
            reasons.add("outage of " + impact.outageHours() + " h (>= 2 h) affecting " + impact.personsAffected()
                    + " persons (>= 2,000)");
        }
        if (longOutage && hospital) {
            reasons.add("outage of " + impact.outageHours() + " h (>= 2 h) affecting a hospital");
        }
        if (Boolean.TRUE.equals(impact.scadaAffected())) {
            reasons.add("the control systems (SCADA) were affected");
        }
        if (reasons.isEmpty()) {
            reasons.add("below the default thresholds (outage >= 2 h with >= 2,000 persons or a hospital; any SCADA effect)");
            return new Assessment(false, reasons);
        }
        return new Assessment(true, reasons);
    }
}
