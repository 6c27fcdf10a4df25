package se.valedger.network;

import java.time.LocalDate;
import java.time.Period;

/**
 * Valves, optionally on one pipe or in one status; {@code overdueOnly}: only those whose exercise is due before
 * {@code today} with the interval (never exercised counts as due), oldest due first. Answers {@link ValvePage}.
 */
public record FindValves(String pipeId, ValveStatus status, boolean overdueOnly, LocalDate today, Period interval,
                         int page, int size) {
}
