package se.valedger.zone;

/**
 * The apparent-loss percentages of the water balance, each with whether it is this installation's default
 * (ASSUMED) rather than the utility's own figure.
 * <ul>
 * <li>customer meter under-registration: the share of the water passing customer meters that they do not
 * register; the volume is billed metered x e / (1 - e), as AWWA M36 (4th ed., ch. 4) and its Free Water Audit
 * Software compute it;</li>
 * <li>systematic data-handling errors: % of billed metered consumption (AWWA Free Water Audit Software default
 * 0.25 %);</li>
 * <li>unauthorised consumption: % of system input (AWWA Free Water Audit Software default 0.25 %).</li>
 * </ul>
 */
public record ApparentLossRates(double customerMeterUnderRegistrationPercent, boolean customerMeterAssumed,
                                double dataHandlingErrorsPercent, boolean dataHandlingAssumed,
                                double unauthorisedConsumptionPercent, boolean unauthorisedAssumed) {
}
