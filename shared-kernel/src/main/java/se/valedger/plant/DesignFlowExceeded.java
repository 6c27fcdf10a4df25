package se.valedger.plant;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A day's inflow ({@code basis} DAILY, m3/d) or its peak hour ({@code HOURLY}, m3/h, from {@code hourStart}) was
 * above the design flow Qdim of the permit valid that day: a design matter for the plant, not a permit breach.
 */
@Revision("1")
public record DesignFlowExceeded(String plantId, LocalDate date, String basis, Instant hourStart, double measuredM3,
                                 double designFlowM3) {
}
