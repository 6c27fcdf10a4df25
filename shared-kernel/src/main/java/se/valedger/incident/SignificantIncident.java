package se.valedger.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an incident is significant, and so must be reported. NIS2 (Directive (EU) 2022/2555) Art. 23(3),
 * taken into Swedish law by the cybersäkerhetslag (2025:1506, in force 2026-01-15), 2 kap.: an incident is
 * significant if it
 * (a) has caused or is capable of causing severe operational disruption of the services or financial loss for
 * the entity concerned, or
 * (b) has affected or is capable of affecting other natural or legal persons by causing considerable material
 * or non-material damage.
 * <p>
 * For a water utility we read that as these criteria, any one of which decides:
 * <ul>
 *   <li>supply of drinking water or sewage service lost long enough for enough persons, or for a critical
 *       customer such as a hospital — (a) and (b);</li>
 *   <li>treatment failure (unsafe drinking water, wastewater not treated) — (b): damage to health or the
 *       recipient;</li>
 *   <li>untreated discharge of wastewater above a volume or a duration — (b);</li>
 *   <li>intrusion into or manipulation of the control systems (OT/SCADA), even without an outage — capable of
 *       causing (a);</li>
 *   <li>data exfiltration or loss of confidentiality — (b), non-material damage to customers;</li>
 *   <li>financial loss above an amount — (a).</li>
 * </ul>
 * Facts marked {@code potential} count as well ("is capable of causing"). Suspected malicious action and
 * cross-border effect do not decide; they are what the early warning must state (Art. 23(4)(a)).
 * The numbers are ASSUMED ({@link SignificanceThresholds}). The rule proposes; the utility's CISO decides.
 */
public final class SignificantIncident {

    public static final String BASIS = "NIS2 (EU) 2022/2555 Art. 23(3); cybersäkerhetslagen (2025:1506) 2 kap.";

    /**
     * The outcome: {@code criteria} are the criteria that decided (when significant) or why none applied, as English
     * sentences; {@code codedCriteria} the same criteria as stable codes with their parameters (what the UI renders
     * in the reader's language) and each one's English sentence; {@code assumed} the ASSUMED thresholds used,
     * {@code likelyToAffectTheService} whether the recipients of the service must be told (NIS2 Art. 23(1) second
     * subparagraph and 23(2)). Assessments recorded before the codes existed have no {@code codedCriteria}: each
     * sentence is kept as {@link SignificanceCriterion#RECORDED_AS_TEXT}.
     */
    public record Assessment(boolean significant, List<String> criteria, List<String> assumed,
                             boolean likelyToAffectTheService, String basis, List<Criterion> codedCriteria) {

        public Assessment {
            criteria = List.copyOf(criteria);
            assumed = assumed == null ? List.of() : List.copyOf(assumed);
            codedCriteria = codedCriteria == null
                    ? criteria.stream().map(Criterion::recordedAsText).toList()
                    : List.copyOf(codedCriteria);
        }
    }

    /**
     * One criterion: its code, its parameters by the names {@link SignificanceCriterion#parameters()} lists (absent
     * when not known) and its English sentence, the one {@link Assessment#criteria()} has.
     */
    public record Criterion(SignificanceCriterion code, Map<String, Object> parameters, String text) {

        public Criterion {
            Map<String, Object> known = new HashMap<>();
            if (parameters != null) {
                parameters.forEach((name, value) -> {
                    if (value != null) {
                        known.put(name, value);
                    }
                });
            }
            parameters = Map.copyOf(known);
        }

        static Criterion recordedAsText(String text) {
            return new Criterion(SignificanceCriterion.RECORDED_AS_TEXT, Map.of("text", text), text);
        }
    }

    private SignificantIncident() {
    }

    public static Assessment assess(IncidentFacts facts, SignificanceThresholds limits) {
        IncidentFacts f = facts == null ? IncidentFacts.UNKNOWN : facts;
        boolean potential = f.onlyPotential();
        String caused = potential ? "is capable of causing" : "has caused";
        List<Criterion> criteria = new ArrayList<>();
        boolean supplyLost = f.supplyLostHours() != null && f.supplyLostHours() >= limits.supplyLostHours();
        boolean manyPersons = f.personsAffected() != null && f.personsAffected() >= limits.persons();
        boolean critical = Boolean.TRUE.equals(f.criticalCustomerAffected());
        if (supplyLost && (manyPersons || critical)) {
            criteria.add(new Criterion(SignificanceCriterion.SUPPLY_LOST, parameters(
                    "hours", f.supplyLostHours(), "hoursThreshold", limits.supplyLostHours(), "byPersons", manyPersons,
                    "persons", manyPersons ? f.personsAffected() : null, "personsThreshold", limits.persons(),
                    "criticalCustomer", critical, "potential", potential, "personsAndCriticalCustomer", manyPersons && critical),
                    "service lost for " + SignificanceThresholds.number(f.supplyLostHours()) + " h (>= "
                    + SignificanceThresholds.number(limits.supplyLostHours()) + " h, ASSUMED) for "
                    + (manyPersons ? f.personsAffected() + " persons (>= " + limits.persons() + ", ASSUMED)" : "")
                    + (manyPersons && critical ? " and " : "") + (critical ? "a critical customer such as a hospital" : "")
                    + ": " + caused + " severe operational disruption (Art. 23(3)(a))"));
        }
        if (Boolean.TRUE.equals(f.treatmentFailure())) {
            criteria.add(new Criterion(SignificanceCriterion.TREATMENT_FAILED, parameters("potential", potential),
                    "treatment failed: " + caused + " considerable damage to the health of others or the environment (Art. 23(3)(b))"));
        }
        boolean discharge = (f.untreatedDischargeM3() != null && f.untreatedDischargeM3() >= limits.untreatedDischargeM3())
                || (f.untreatedDischargeHours() != null && f.untreatedDischargeHours() >= limits.untreatedDischargeHours());
        if (discharge) {
            criteria.add(new Criterion(SignificanceCriterion.UNTREATED_DISCHARGE, parameters(
                    "hasVolume", f.untreatedDischargeM3() != null, "volumeM3", f.untreatedDischargeM3(),
                    "hasHours", f.untreatedDischargeHours() != null, "hours", f.untreatedDischargeHours(),
                    "hasRecipient", f.recipient() != null, "recipient", f.recipient(),
                    "volumeThresholdM3", limits.untreatedDischargeM3(), "hoursThreshold", limits.untreatedDischargeHours(),
                    "potential", potential),
                    "untreated discharge" + amount(f) + (f.recipient() == null ? "" : " to " + f.recipient()) + " (>= "
                    + SignificanceThresholds.number(limits.untreatedDischargeM3()) + " m³ or >= "
                    + SignificanceThresholds.number(limits.untreatedDischargeHours()) + " h, ASSUMED): " + caused
                    + " considerable material damage to others (Art. 23(3)(b))"));
        }
        if (Boolean.TRUE.equals(f.otIntrusion())) {
            criteria.add(new Criterion(SignificanceCriterion.OT_INTRUSION, Map.of(),
                    "intrusion into or manipulation of the control systems (OT/SCADA), even without an outage: "
                    + "is capable of causing severe operational disruption (Art. 23(3)(a))"));
        }
        if (Boolean.TRUE.equals(f.dataExfiltration())) {
            criteria.add(new Criterion(SignificanceCriterion.DATA_EXFILTRATED, parameters("potential", potential),
                    "data exfiltrated or confidentiality lost: " + (potential ? "is capable of affecting" : "has affected")
                    + " others by non-material damage (Art. 23(3)(b))"));
        }
        if (f.financialLossSek() != null && f.financialLossSek() >= limits.financialLossSek()) {
            criteria.add(new Criterion(SignificanceCriterion.FINANCIAL_LOSS, parameters(
                    "sek", f.financialLossSek(), "sekThreshold", limits.financialLossSek(), "potential", potential),
                    "financial loss of " + f.financialLossSek() + " SEK (>= " + limits.financialLossSek() + " SEK, ASSUMED): "
                    + caused + " financial loss for the utility (Art. 23(3)(a))"));
        }
        boolean significant = !criteria.isEmpty();
        if (!significant) {
            criteria.add(new Criterion(SignificanceCriterion.NO_CRITERION_APPLIES, Map.of(),
                    "no criterion of Art. 23(3) applies to the known facts: supply lost below the thresholds, no treatment"
                    + " failure, no untreated discharge above the thresholds, no OT/SCADA intrusion, no data exfiltration,"
                    + " no financial loss above the threshold"));
        }
        boolean affectsService = significant && (f.supplyLostHours() != null && f.supplyLostHours() > 0
                || f.personsAffected() != null && f.personsAffected() > 0 || critical || Boolean.TRUE.equals(f.treatmentFailure()));
        return new Assessment(significant, criteria.stream().map(Criterion::text).toList(), limits.inWords(), affectsService,
                BASIS, criteria);
    }

    /** Name, value, name, value…; a null value is left out (not known). */
    private static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return parameters;
    }

    private static String amount(IncidentFacts f) {
        String m3 = f.untreatedDischargeM3() == null ? "" : " of " + SignificanceThresholds.number(f.untreatedDischargeM3()) + " m³";
        String h = f.untreatedDischargeHours() == null ? "" : " for " + SignificanceThresholds.number(f.untreatedDischargeHours()) + " h";
        return m3 + h;
    }
}
