package se.valedger.network;

import java.time.LocalDate;
import java.time.Period;

/** One valve with its exercising history, due dates as of {@code today} with the exercising interval. */
public record FindValve(String valveId, LocalDate today, Period interval) {
}
