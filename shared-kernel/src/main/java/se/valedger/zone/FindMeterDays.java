package se.valedger.zone;

import java.time.LocalDate;

/** A zone's meter days from {@code from} to {@code to} (inclusive), every meter. Answers {@link MeterDays}. */
public record FindMeterDays(String zoneId, LocalDate from, LocalDate to) {
}
