package se.valedger.zone;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A recorded meter day as it is now (the earlier values stay in the history), and why. */
@Revision("1")
public record MeterDayCorrected(String zoneId, String meterId, LocalDate date, int intervalMinutes,
                                List<Double> volumesM3, String fileSha256, String reason) {
}
