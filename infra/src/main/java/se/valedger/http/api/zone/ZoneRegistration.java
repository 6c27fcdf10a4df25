package se.valedger.http.api.zone;

import java.util.List;
import se.valedger.zone.RegisterZone;
import se.valedger.zone.ZoneKind;
import se.valedger.zone.ZonePolygon;

/** The body of {@code POST /api/zones}. */
record ZoneRegistration(String id, String name, ZoneKind kind, Integer connections, Double privateServicePipeKm,
                        Double averagePressureM, Double nightUseLitresPerConnectionPerHour,
                        Double nightConsumersM3PerHour, Double nightDayFactorHours, Integer connectedPersons,
                        String district, List<String> pipeIds, ZonePolygon polygon, List<String> inflowMeters,
                        List<String> outflowMeters) {

    RegisterZone toCommand() {
        return new RegisterZone(id, name, kind, connections, privateServicePipeKm, averagePressureM,
                nightUseLitresPerConnectionPerHour, nightConsumersM3PerHour, nightDayFactorHours, connectedPersons,
                district, pipeIds, polygon, inflowMeters, outflowMeters);
    }
}
