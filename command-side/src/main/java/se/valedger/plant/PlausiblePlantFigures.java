package se.valedger.plant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.valedger.kernel.IdsMustBeAddressable;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/** Figures a treatment plant's record can physically hold; anything else is a typing or import error. */
final class PlausiblePlantFigures {

    static final int MAX_ID_LENGTH = 100;
    static final int MAX_PERSON_EQUIVALENTS = 10_000_000;
    static final double MAX_DAILY_FLOW_M3 = 10_000_000;
    static final double MAX_DAILY_KG = 5_000_000;
    static final double MAX_PRECIPITATION_MM = 500;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** No permit decision reaches past 2200 (ASSUMED bound from issue 14, not configurable): a typing error. */
    static final LocalDate LATEST_PERMIT_DATE = LocalDate.of(2200, 12, 31);

    private PlausiblePlantFigures() {
    }

    static void checkId(String plantId) {
        if (plantId == null || plantId.isBlank()) {
            throw new InvalidInput("id", "a plant needs an id, e.g. goviken");
        }
        IdsMustBeAddressable.check("id", plantId);
    }

    static void checkPermit(String prefix, Integer personEquivalents, Double designFlow, LocalDate validFrom,
                            String reference, String referenceField) {
        required(prefix + "personEquivalents", personEquivalents);
        if (personEquivalents < 1 || personEquivalents > MAX_PERSON_EQUIVALENTS) {
            throw new InvalidInput(prefix + "personEquivalents", "a permit is for 1 to " + MAX_PERSON_EQUIVALENTS
                    + " pe, was " + personEquivalents);
        }
        required(prefix + "designFlowM3PerDay", designFlow);
        if (!Double.isFinite(designFlow) || designFlow <= 0 || designFlow > MAX_DAILY_FLOW_M3) {
            throw new InvalidInput(prefix + "designFlowM3PerDay", "design flow must be more than 0 and at most "
                    + (long) MAX_DAILY_FLOW_M3 + " m3/d, was " + designFlow);
        }
        checkDate(prefix + "validFrom", validFrom);
        if (validFrom.isAfter(LATEST_PERMIT_DATE)) {
            throw new InvalidInput(prefix + "validFrom", "a permit valid from " + validFrom + " is beyond "
                    + LATEST_PERMIT_DATE.getYear() + "; permits are decided for the foreseeable future");
        }
        if (reference == null || reference.isBlank()) {
            throw new InvalidInput(referenceField, "a permit names the decision it rests on");
        }
        checkText(referenceField, reference, 500);
    }

    static void checkHourlyDesignFlow(String field, Double perHour, Double perDay) {
        if (perHour != null && (!Double.isFinite(perHour) || perHour <= 0 || (perDay != null && perHour > perDay))) {
            throw new InvalidInput(field, "the hourly design flow is more than 0 and at most the daily one ("
                    + perDay + " m3/d), was " + perHour);
        }
    }

    static List<Integer> thresholds(List<Integer> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of(80, 90);
        }
        for (Integer t : requested) {
            if (t == null || t < 1 || t > 99) {
                throw new InvalidInput("thresholdsPercent", "thresholds are whole percentages 1 to 99 of the permit "
                        + "(the permit itself, 100 %, is always watched), was " + t);
            }
        }
        List<Integer> sorted = requested.stream().distinct().sorted().toList();
        if (sorted.size() != requested.size()) {
            throw new InvalidInput("thresholdsPercent", "each threshold once, please");
        }
        return sorted;
    }

    static void checkMeasurement(RecordPlantMeasurement command, Clock clock) {
        checkDate("date", command.date());
        if (command.date().isAfter(UtilityTime.today(clock))) {
            throw new InvalidInput("date", "measurement date " + command.date() + " is in the future");
        }
        if (command.inflowM3() == null && command.bod7Kg() == null && command.totalPhosphorusKg() == null
                && command.totalNitrogenKg() == null && command.precipitationMm() == null) {
            throw new InvalidInput("inflowM3", "a measurement needs at least one value (inflowM3, bod7Kg, "
                    + "totalPhosphorusKg, totalNitrogenKg or precipitationMm)");
        }
        checkAmount("inflowM3", command.inflowM3(), MAX_DAILY_FLOW_M3, "m3/d");
        checkAmount("bod7Kg", command.bod7Kg(), MAX_DAILY_KG, "kg/d");
        checkAmount("totalPhosphorusKg", command.totalPhosphorusKg(), MAX_DAILY_KG, "kg/d");
        checkAmount("totalNitrogenKg", command.totalNitrogenKg(), MAX_DAILY_KG, "kg/d");
        checkAmount("precipitationMm", command.precipitationMm(), MAX_PRECIPITATION_MM, "mm");
        checkAmount("peakHourM3", command.peakHourM3(), MAX_DAILY_FLOW_M3, "m3/h");
        if (command.peakHourM3() != null && command.inflowM3() != null && command.peakHourM3() > command.inflowM3()) {
            throw new InvalidInput("peakHourM3", "the day's peak hour (" + command.peakHourM3()
                    + " m3) cannot exceed the day's inflow (" + command.inflowM3() + " m3)");
        }
        if (command.hours() != null && (command.hours() < 23 || command.hours() > 25)) {
            throw new InvalidInput("hours", "a day has 23 to 25 hours, was " + command.hours());
        }
        checkText("source", command.source(), 200);
        checkText("reason", command.reason(), 2000);
    }

    static void checkBypass(RecordBypass command, Clock clock) {
        if (command.bypassId() == null || command.bypassId().isBlank() || command.bypassId().length() > 200) {
            throw new InvalidInput("bypassId", "a bypass needs an id of at most 200 characters");
        }
        required("start", command.start());
        required("end", command.end());
        if (command.end().isBefore(command.start())) {
            throw new InvalidInput("end", "a bypass ends after it starts (start " + command.start() + ", end "
                    + command.end() + ")");
        }
        if (command.end().isAfter(clock.instant())) {
            throw new InvalidInput("end", "bypass end " + command.end() + " is in the future; record it when it is over");
        }
        if (command.start().isBefore(UtilityTime.startOfDay(EARLIEST_DATE))) {
            throw new InvalidInput("start", "bypass start must be " + EARLIEST_DATE + " or later");
        }
        required("volumeM3", command.volumeM3());
        checkAmount("volumeM3", command.volumeM3(), MAX_DAILY_FLOW_M3, "m3");
        if (command.location() == null || command.location().isBlank()) {
            throw new InvalidInput("location", "say where the bypass happened (overflow structure or pumping station)");
        }
        checkText("location", command.location(), 300);
        required("cause", command.cause());
        checkText("recipient", command.recipient(), 300);
    }

    private static void checkAmount(String field, Double value, double max, String unit) {
        if (value != null && (!Double.isFinite(value) || value < 0 || value > max)) {
            throw new InvalidInput(field, field + " must be 0 to " + (long) max + " " + unit + ", was " + value);
        }
    }

    static void checkDate(String field, LocalDate date) {
        required(field, date);
        if (date.isBefore(EARLIEST_DATE)) {
            throw new InvalidInput(field, field + " must be " + EARLIEST_DATE + " or later, was " + date);
        }
    }

    static void checkText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidInput(field, field + " is at most " + maxLength + " characters");
        }
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(field, field + " is required");
        }
    }
}
