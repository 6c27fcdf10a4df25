package se.valedger.zone;

import java.time.Instant;
import java.util.List;

/** A zone as registered (the read model's row), with what it holds so far. */
public record ZoneView(
        String id,
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
        List<String> outflowMeters,
        Instant registeredAt,
        long meterDays) {

    public List<String> meters() {
        List<String> all = new java.util.ArrayList<>(inflowMeters);
        all.addAll(outflowMeters);
        return all;
    }
}
