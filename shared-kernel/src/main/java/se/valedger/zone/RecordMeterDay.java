package se.valedger.zone;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One meter's day: the volume (m3) of every interval of the local day (Europe/Stockholm), in order from local
 * midnight; {@code null} where the series has a gap (never filled). A local day has 23, 24 or 25 hours.
 * For a day already recorded, intervals left null keep their recorded volume; a changed volume makes the day a
 * correction. {@code fileSha256} names the file the values came from.
 */
public record RecordMeterDay(
        @TargetAggregateIdentifier String zoneId,
        String meterId,
        LocalDate date,
        int intervalMinutes,
        List<Double> volumesM3,
        String fileSha256,
        String reason) {
}
