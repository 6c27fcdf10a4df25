package se.valedger.zone;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A zone as registered; null figures were not given (the analysis uses its defaults, marked ASSUMED). */
@Revision("1")
public record ZoneRegistered(
        String zoneId,
        String name,
        ZoneKind kind,
        Integer connections,
        Double privateServicePipeKm,
        Double averagePressureM,
        Double nightUseLitresPerConnectionPerHour,
        Double nightConsumersM3PerHour,
        Double nightDayFactorHours,
        Integer connectedPersons,
        String district,
        List<String> pipeIds,
        ZonePolygon polygon,
        List<String> inflowMeters,
        List<String> outflowMeters) {
}
