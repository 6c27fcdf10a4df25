package se.valedger.zone;

import java.time.LocalDate;
import java.util.List;

/** Meter days as the read model holds them, by meter and date. */
public record MeterDays(List<Day> days) {

    public record Day(String meterId, LocalDate date, int intervalMinutes, List<Double> volumesM3, int corrections,
                      String fileSha256) {
    }
}
