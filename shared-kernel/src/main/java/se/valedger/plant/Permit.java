package se.valedger.plant;

import java.time.LocalDate;

/**
 * A treatment plant's discharge permit (tillstånd): the load it may receive in person equivalents
 * (BOD7, 70 g per pe and day) and its design flow, from a date, under a decision reference.
 */
public record Permit(int personEquivalents, double designFlowM3PerDay, LocalDate validFrom, String reference) {
}
