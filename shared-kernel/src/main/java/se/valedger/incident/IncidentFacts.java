package se.valedger.incident;

import java.util.List;

/**
 * What is known about an incident's effects, as far as it is known; any part may be unknown (null).
 *
 * @param services                 the essential services affected
 * @param supplyLostHours          how long drinking water or sewage service was lost or unsafe
 * @param personsAffected          how many people were without (safe) water or sewage service
 * @param criticalCustomerAffected whether a critical customer (hospital, care home, dialysis) lost service
 * @param treatmentFailure         whether treatment failed (unsafe drinking water, wastewater not treated)
 * @param untreatedDischargeM3     volume of untreated wastewater discharged
 * @param untreatedDischargeHours  how long untreated wastewater was discharged
 * @param recipient                the water body that received it (e.g. Storsjön)
 * @param otIntrusion              whether the control systems (OT/SCADA) were intruded into or manipulated,
 *                                 with or without an outage
 * @param dataExfiltration         whether data was exfiltrated or confidentiality otherwise lost
 * @param financialLossSek         the financial loss for the utility, in SEK
 * @param potential                true when these are effects the incident is capable of causing, not yet caused
 */
public record IncidentFacts(
        List<EssentialService> services,
        Double supplyLostHours,
        Integer personsAffected,
        Boolean criticalCustomerAffected,
        Boolean treatmentFailure,
        Double untreatedDischargeM3,
        Double untreatedDischargeHours,
        String recipient,
        Boolean otIntrusion,
        Boolean dataExfiltration,
        Long financialLossSek,
        Boolean potential) {

    public static final IncidentFacts UNKNOWN =
            new IncidentFacts(List.of(), null, null, null, null, null, null, null, null, null, null, null);

    public IncidentFacts {
        services = services == null ? List.of() : services;
    }

    public boolean onlyPotential() {
        return Boolean.TRUE.equals(potential);
    }
}
