package se.valedger.zone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.valedger.kernel.IdsMustBeAddressable;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.TextMustBePrintable;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.Point;

/** Figures a zone's record can physically hold; anything else is a typing or import error. Bounds are ours. */
final class PlausibleZoneFigures {

    /** Ids the API uses as words under {@code /api/zones/}. */
    static final Set<String> RESERVED_IDS = Set.of("infiltration", "signals", "water-balance");
    static final int MAX_CONNECTIONS = 10_000_000;
    static final double MAX_KM = 100_000;
    /** No Swedish network runs above 30 bar. */
    static final double MAX_PRESSURE_M = 300;
    static final double MAX_NIGHT_USE_LITRES = 1_000;
    static final double MAX_NIGHT_CONSUMERS_M3_PER_H = 100_000;
    /** 24 h when leakage does not depend on pressure; below when the night pressure is higher, above when lower. */
    static final double MAX_NIGHT_DAY_FACTOR_HOURS = 48;
    static final int MAX_METERS = 50;
    static final int MAX_PIPE_IDS = 100_000;
    static final int MAX_POLYGON_POINTS = 100_000;
    static final Set<Integer> INTERVALS = Set.of(5, 10, 15, 30, 60);
    /** The largest volume one interval of one meter can hold: 100,000 m3 is several times Stockholm's day. */
    static final double MAX_INTERVAL_M3 = 100_000;
    static final double MAX_YEAR_M3 = 1_000_000_000;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private PlausibleZoneFigures() {
    }

    static void check(RegisterZone c) {
        if (c.zoneId() == null || c.zoneId().isBlank()) {
            throw new InvalidInput("id", "a zone needs an id, e.g. DMA-Lugnvik");
        }
        IdsMustBeAddressable.check("id", c.zoneId());
        if (RESERVED_IDS.contains(c.zoneId())) {
            throw new InvalidInput("id", "'" + c.zoneId() + "' is a word of the API (/api/zones/" + c.zoneId()
                    + "); choose another id");
        }
        if (c.name() == null || c.name().isBlank()) {
            throw new InvalidInput("name", "a zone needs a name, e.g. Lugnvik tryckzon");
        }
        text("name", c.name(), 200);
        if (c.kind() == null) {
            throw new InvalidInput("kind", "kind is SUPPLY or SEWER_CATCHMENT");
        }
        if (c.kind() == ZoneKind.SUPPLY) {
            if (c.connections() == null) {
                throw new InvalidInput("connections", "a supply zone needs its number of service connections");
            }
            if (c.averagePressureM() == null) {
                throw new InvalidInput("averagePressureM", "a supply zone needs its average operating pressure (m)");
            }
        }
        if (c.connections() != null && (c.connections() < 0 || c.connections() > MAX_CONNECTIONS)) {
            throw new InvalidInput("connections", "connections are 0 to " + MAX_CONNECTIONS + ", was " + c.connections());
        }
        range("privateServicePipeKm", c.privateServicePipeKm(), 0, MAX_KM, true);
        range("averagePressureM", c.averagePressureM(), 0, MAX_PRESSURE_M, false);
        range("nightUseLitresPerConnectionPerHour", c.nightUseLitresPerConnectionPerHour(), 0, MAX_NIGHT_USE_LITRES,
                true);
        range("nightConsumersM3PerHour", c.nightConsumersM3PerHour(), 0, MAX_NIGHT_CONSUMERS_M3_PER_H, true);
        range("nightDayFactorHours", c.nightDayFactorHours(), 0, MAX_NIGHT_DAY_FACTOR_HOURS, false);
        if (c.connectedPersons() != null && (c.connectedPersons() < 0 || c.connectedPersons() > MAX_CONNECTIONS * 10)) {
            throw new InvalidInput("connectedPersons", "connected persons are 0 to " + MAX_CONNECTIONS * 10L
                    + ", was " + c.connectedPersons());
        }
        int ways = (c.district() != null ? 1 : 0) + (c.pipeIds() != null ? 1 : 0) + (c.polygon() != null ? 1 : 0);
        if (ways != 1) {
            throw new InvalidInput(ways == 0 ? "district" : "pipeIds", "name the zone's pipes in exactly one way: "
                    + "district, pipeIds or polygon" + (ways > 1 ? " (" + ways + " were given)" : ""));
        }
        if (c.district() != null) {
            if (c.district().isBlank()) {
                throw new InvalidInput("district", "the district is empty");
            }
            text("district", c.district(), 200);
        }
        if (c.pipeIds() != null) {
            if (c.pipeIds().isEmpty() || c.pipeIds().size() > MAX_PIPE_IDS) {
                throw new InvalidInput("pipeIds", "list 1 to " + MAX_PIPE_IDS + " pipe ids");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < c.pipeIds().size(); i++) {
                String id = c.pipeIds().get(i);
                IdsMustBeAddressable.check("pipeIds[" + i + "]", id);
                if (!seen.add(id)) {
                    throw new InvalidInput("pipeIds[" + i + "]", "pipe " + id + " is listed twice");
                }
            }
        }
        if (c.polygon() != null) {
            polygon(c.polygon());
        }
        meters(c.inflowMeters(), c.outflowMeters());
    }

    private static void polygon(ZonePolygon polygon) {
        text("polygon.crs", polygon.crs(), 50);
        List<Point> points = polygon.coordinates();
        if (points.size() < 3 || points.size() > MAX_POLYGON_POINTS) {
            throw new InvalidInput("polygon.coordinates", "a polygon has 3 to " + MAX_POLYGON_POINTS
                    + " corners, had " + points.size());
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw new InvalidInput("polygon.coordinates[" + i + "]", "a corner is two finite numbers [x, y]");
            }
        }
        if (new HashSet<>(points).size() < 3) {
            throw new InvalidInput("polygon.coordinates", "a polygon needs at least 3 distinct corners");
        }
    }

    private static void meters(List<String> in, List<String> out) {
        if (in == null || in.isEmpty()) {
            throw new InvalidInput("inflowMeters", "a zone needs at least one inflow meter (the meter ids of its "
                    + "inlets, or of the pumping station of a catchment)");
        }
        List<String> outflow = out == null ? List.of() : out;
        if (in.size() + outflow.size() > MAX_METERS) {
            throw new InvalidInput("inflowMeters", "a zone has at most " + MAX_METERS + " meters");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            meter("inflowMeters[" + i + "]", in.get(i), seen);
        }
        for (int i = 0; i < outflow.size(); i++) {
            meter("outflowMeters[" + i + "]", outflow.get(i), seen);
        }
    }

    private static void meter(String field, String id, Set<String> seen) {
        IdsMustBeAddressable.check(field, id);
        if (!seen.add(id)) {
            throw new InvalidInput(field, "meter " + id + " is listed twice; a meter is an inflow or an outflow meter");
        }
    }

    static void check(RecordMeterDay c, Clock clock, int slots) {
        if (c.meterId() == null || c.meterId().isBlank()) {
            throw new InvalidInput("meter", "name the meter");
        }
        if (c.date() == null) {
            throw new InvalidInput("date", "a meter day needs its date");
        }
        if (c.date().isBefore(EARLIEST) || c.date().isAfter(UtilityTime.today(clock))) {
            throw new InvalidInput("date", c.date() + " is before 1900 or after today (" + UtilityTime.today(clock) + ")");
        }
        if (!INTERVALS.contains(c.intervalMinutes())) {
            throw new InvalidInput("interval", "intervals are 5, 10, 15, 30 or 60 minutes, was " + c.intervalMinutes());
        }
        if (c.volumesM3() == null || c.volumesM3().size() != slots) {
            throw new InvalidInput("volumesM3", c.date() + " has " + slots + " intervals of " + c.intervalMinutes()
                    + " minutes (local time), " + (c.volumesM3() == null ? "none" : c.volumesM3().size()) + " were given");
        }
        boolean any = false;
        for (int i = 0; i < slots; i++) {
            Double v = c.volumesM3().get(i);
            if (v == null) {
                continue;
            }
            any = true;
            if (!Double.isFinite(v) || v < 0 || v > MAX_INTERVAL_M3) {
                throw new InvalidInput("volumesM3[" + i + "]", "a volume per interval is 0 to " + (long) MAX_INTERVAL_M3
                        + " m3, was " + v);
            }
        }
        if (!any) {
            throw new InvalidInput("volumesM3", c.date() + " holds no value; a day without values is not recorded");
        }
        if (c.fileSha256() != null && !c.fileSha256().matches("[0-9a-f]{64}")) {
            throw new InvalidInput("fileSha256", "a SHA-256 is 64 lower-case hex digits");
        }
        text("reason", c.reason(), 500);
    }

    static void check(RecordZoneVolume c, Clock clock) {
        if (c.year() == null || c.year() < 1900 || c.year() > UtilityTime.thisYear(clock)) {
            throw new InvalidInput("year", "the balance year is 1900 to this year (" + UtilityTime.thisYear(clock)
                    + "), was " + c.year());
        }
        if (c.kind() == null) {
            throw new InvalidInput("kind", "kind is BILLED_METERED, BILLED_UNMETERED, UNBILLED_METERED or "
                    + "UNBILLED_UNMETERED");
        }
        if (c.m3() == null || !Double.isFinite(c.m3()) || c.m3() < 0 || c.m3() > MAX_YEAR_M3) {
            throw new InvalidInput("m3", "a yearly volume is 0 to " + (long) MAX_YEAR_M3 + " m3, was " + c.m3());
        }
        if (c.source() == null || c.source().isBlank()) {
            throw new InvalidInput("source", "name where the volume comes from (the billing system's export, "
                    + "the fire service's estimate ...)");
        }
        text("source", c.source(), 500);
    }

    private static void range(String field, Double value, double min, double max, boolean zeroAllowed) {
        if (value == null) {
            return;
        }
        if (!Double.isFinite(value) || value < min || value > max || (!zeroAllowed && value == min)) {
            throw new InvalidInput(field, field + " must be " + (zeroAllowed ? "at least " : "more than ") + min
                    + " and at most " + max + ", was " + value);
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null) {
            return;
        }
        TextMustBePrintable.check(field, value);
        if (value.length() > max) {
            throw new InvalidInput(field, field + " is at most " + max + " characters");
        }
    }
}
