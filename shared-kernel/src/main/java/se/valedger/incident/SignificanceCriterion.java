package se.valedger.incident;

import java.util.List;

/**
 * The stable codes of the criteria {@link SignificantIncident} answers with, each with the names of its
 * parameters in the order the message bundles use them ({@code significanceCriterion.<CODE>}, {0} is the first).
 * Boolean parameters are flags the bundles choose on (0 = false, 1 = true); a parameter that is not known is absent.
 */
public enum SignificanceCriterion {
    /** Art. 23(3)(a): supply lost long enough for enough persons or a critical customer. */
    SUPPLY_LOST("hours", "hoursThreshold", "byPersons", "persons", "personsThreshold", "criticalCustomer", "potential",
            "personsAndCriticalCustomer"),
    /** Art. 23(3)(b): treatment failed. */
    TREATMENT_FAILED("potential"),
    /** Art. 23(3)(b): untreated discharge above a volume or a duration. */
    UNTREATED_DISCHARGE("hasVolume", "volumeM3", "hasHours", "hours", "hasRecipient", "recipient", "volumeThresholdM3",
            "hoursThreshold", "potential"),
    /** Art. 23(3)(a): intrusion into the control systems, capable of causing a disruption. */
    OT_INTRUSION(),
    /** Art. 23(3)(b): data exfiltrated, non-material damage. */
    DATA_EXFILTRATED("potential"),
    /** Art. 23(3)(a): financial loss above an amount. */
    FINANCIAL_LOSS("sek", "sekThreshold", "potential"),
    /** Not significant: no criterion applies to the known facts. */
    NO_CRITERION_APPLIES(),
    /**
     * An {@code IncidentDetected} of revision 1, assessed by the former NIS1 drinking-water heuristic (outage
     * >= 2 h with >= 2,000 persons or a hospital; any SCADA effect); its verdict is kept, not reassessed.
     */
    FORMER_NIS1_HEURISTIC("significant", "hasImpact", "outageHours", "persons", "hospital", "scada"),
    /**
     * An assessment recorded before the criteria had codes (revision 2 of {@code IncidentDetected}, revision 1 of
     * {@code IncidentReassessed} written before this code existed): only its English sentence is known.
     */
    RECORDED_AS_TEXT("text");

    private final List<String> parameters;

    SignificanceCriterion(String... parameters) {
        this.parameters = List.of(parameters);
    }

    public List<String> parameters() {
        return parameters;
    }

    public String messageKey() {
        return "significanceCriterion." + name();
    }
}
