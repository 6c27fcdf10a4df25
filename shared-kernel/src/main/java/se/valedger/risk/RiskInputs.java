package se.valedger.risk;

import se.valedger.pipe.NetworkKind;

/**
 * What the risk score looks at; any of it may be unknown (null), which scores the middle (3 points).
 *
 * @param conditionGrade   P122 condition grade 1-4 of the work item (inspection), null if none
 * @param openLeak         the work item is an open leak: the failure has happened
 * @param ageYears         the pipe's age
 * @param serviceLifeYears the expected service life of its material
 * @param breaksPerKm      breaks per km in the last ten years
 * @param diameterMm       nominal diameter
 * @param networkKind      which network
 * @param consequenceClass the utility's consequence class 1-5
 */
public record RiskInputs(Integer conditionGrade, boolean openLeak, Integer ageYears, Integer serviceLifeYears,
                         Double breaksPerKm, Integer diameterMm, NetworkKind networkKind, Integer consequenceClass) {
}
