package se.valedger.leak;

import java.util.List;

/**
 * Per size band: CARE-W's mean time to repair, the number of our repairs with hours, their mean and median, and the
 * share of them done within the CARE-W mean. {@code ourMeanHours} is null for a band without repairs.
 */
public record RepairTimes(List<Band> bands) {

    public record Band(String band, Integer fromMm, Integer toMm, double careWMeanHours, long repairs,
                       Double ourMeanHours, Double ourMedianHours, Double shareWithinCareWMean) {
    }
}
