package se.valedger.zone;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** One meter's values for one local day (24 hourly or 96 quarter-hour volumes in m3; null = gap). */
@Revision("1")
public record MeterDayRecorded(String zoneId, String meterId, LocalDate date, int intervalMinutes,
                               List<Double> volumesM3, String fileSha256) {
}
