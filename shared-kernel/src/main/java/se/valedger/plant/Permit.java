package se.valedger.plant;

import java.time.LocalDate;

/**
 * A treatment plant's discharge permit (tillstånd): the load it may receive in person equivalents (BOD7, 70 g per pe
 * and day) and its hydraulic design flow Qdim per day and, when the permit gives it, per hour, from a date, under a
 * decision reference. {@code basis} says what the permitted connection is compared with (null reads as the
 * directive's {@link PermitBasis#MAX_AVERAGE_WEEKLY_LOAD}). Exceeding Qdim is a design matter, not a permit breach.
 */
public record Permit(int personEquivalents, double designFlowM3PerDay, LocalDate validFrom, String reference,
                     Double designFlowM3PerHour, PermitBasis basis) {

    public Permit {
        if (basis == null) {
            basis = PermitBasis.MAX_AVERAGE_WEEKLY_LOAD;
        }
    }

    public Permit(int personEquivalents, double designFlowM3PerDay, LocalDate validFrom, String reference) {
        this(personEquivalents, designFlowM3PerDay, validFrom, reference, null, null);
    }
}
