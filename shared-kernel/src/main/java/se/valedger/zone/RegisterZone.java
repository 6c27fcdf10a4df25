package se.valedger.zone;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a supply zone or a sewer catchment. Its pipes are those of one {@code district}, a list of
 * {@code pipeIds}, or those whose middle lies inside a {@code polygon}: exactly one of the three. The zone's flow is
 * the sum of its {@code inflowMeters} minus the sum of its {@code outflowMeters} (water passed on to another zone, or
 * for a catchment the pumped flow of an upstream catchment that passes through). Optional figures left out take the
 * installation's defaults when analysed, marked ASSUMED there.
 */
public record RegisterZone(
        @TargetAggregateIdentifier String zoneId,
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
