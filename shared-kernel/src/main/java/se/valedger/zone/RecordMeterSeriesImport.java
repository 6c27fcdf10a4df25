package se.valedger.zone;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a meter series file (named by its SHA-256) was imported for a zone's meter, and what it held. */
public record RecordMeterSeriesImport(
        @TargetAggregateIdentifier String zoneId,
        String meterId,
        String fileSha256,
        String fileName,
        long rowsRead,
        long days,
        long gaps,
        LocalDate firstDay,
        LocalDate lastDay) {
}
