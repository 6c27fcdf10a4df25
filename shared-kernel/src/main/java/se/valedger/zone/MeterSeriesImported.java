package se.valedger.zone;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A meter series file was imported: its SHA-256, name, rows, the days it covered and the gaps it had. */
@Revision("1")
public record MeterSeriesImported(String zoneId, String meterId, String fileSha256, String fileName, long rowsRead,
                                  long days, long gaps, LocalDate firstDay, LocalDate lastDay) {
}
