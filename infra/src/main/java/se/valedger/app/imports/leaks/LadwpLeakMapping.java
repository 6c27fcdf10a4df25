package se.valedger.app.imports.leaks;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import se.valedger.app.imports.ImportDates;
import se.valedger.leak.FailureCause;
import se.valedger.leak.LeakIds;
import se.valedger.leak.LeakKind;
import se.valedger.leak.LeakSeverity;
import se.valedger.leak.Position;
import se.valedger.leak.RecordHistoricLeak;
import se.valedger.leak.RepairMethod;
import se.valedger.pipe.Material;

/**
 * How a row of a leak-repair CSV (the LADWP main-leak export's columns) becomes a {@link RecordHistoricLeak}.
 *
 * <table>
 * <tr><th>column</th><th>becomes</th><th>when messy</th></tr>
 * <tr><td>LEAK_ID</td><td>leak id {@code <source>-<LEAK_ID>}</td><td>missing: row rejected; seen before in the file: rejected as duplicate</td></tr>
 * <tr><td>RPT_DATE ({@code 1-Jan-10})</td><td>reportedOn, read by {@link ImportDates}: four-digit years in the usual
 * forms, two-digit years with the pivot (a year after this one's two digits is 19yy)</td><td>missing or not a date:
 * rejected</td></tr>
 * <tr><td>PIPE_ID (also {@code pipeId}, {@code ledningsid})</td><td>the leak's pipe, {@code pipeIdPrefix} + the
 * value, when the register has that pipe: the break then enters its failure history ({@code leaks.pipe_failure})
 * </td><td>not registered: no link, warning naming the id</td></tr>
 * <tr><td>LAT, LON</td><td>position, EPSG:4326 (x = lon, y = lat)</td><td>missing: address only; neither: rejected</td></tr>
 * <tr><td>ADDRESS (else MAIN_ST / CROSS_ST)</td><td>address</td><td></td></tr>
 * <tr><td>PIPE_SIZE (inch)</td><td>diameterMm = inch x 25.4, rounded</td><td>blank or not a number: no size, warning</td></tr>
 * <tr><td>PIPE_TYPE</td><td>material: C.I./CAST grey cast iron; STEEL, STL, GALV* , RIV. STEEL steel; A.C. asbestos
 * cement; D.I., DCI ductile iron; CONCRETE; POLY, HDPE PE</td><td>anything else (COPPER, PLASTIC, RUPTURE, ...) or
 * blank: UNKNOWN, warning naming the value</td></tr>
 * <tr><td>YR_INST</td><td>installationYear</td><td>blank, or outside 1800 to the report year: none, warning</td></tr>
 * <tr><td>LEAK_TYPE</td><td>kind BURST (and severity HIGH) if it says RUPTURE or BLOW OUT, else LEAK (MEDIUM);
 * cause from the first of ROUND CRACK, SPLIT, RUST/PIN HOLE, JOINT/COUPLING, CORP/GATE/VALVE/BLOW OFF, HIT;
 * method CLAMP if it says CLAMP</td><td>none of them: cause UNKNOWN</td></tr>
 * <tr><td>REPAIR_HRS</td><td>repairHours</td><td>not a number or above 2000: none, warning</td></tr>
 * <tr><td>REMARKS</td><td>remarks</td><td></td></tr>
 * </table>
 */
final class LadwpLeakMapping {

    /** The column names a pipe id may come under (matched ignoring case and punctuation). */
    static final java.util.Set<String> PIPE_ID_COLUMNS = java.util.Set.of("pipeid", "ledningsid", "mainid");

    /** A row's command, or why it cannot be one; warnings for values that were dropped or guessed. */
    record Mapped(RecordHistoricLeak command, String rejectField, String rejectReason, Map<String, String> warnings) {
    }

    private LadwpLeakMapping() {
    }

    /**
     * The row's command. {@code thisYear}: the utility's year, the two-digit-year pivot; {@code registered} says
     * whether a pipe id (with {@code pipeIdPrefix}) is in the register.
     */
    static Mapped map(String source, Map<String, String> row, int thisYear, String pipeIdPrefix,
                      java.util.function.Predicate<String> registered) {
        Map<String, String> warnings = new java.util.LinkedHashMap<>();
        String id = value(row, "LEAK_ID");
        if (id == null) {
            return reject("LEAK_ID", "the row has no LEAK_ID");
        }
        String date = value(row, "RPT_DATE");
        if (date == null) {
            return reject("RPT_DATE", "the row has no report date");
        }
        var read = ImportDates.parse(date, thisYear);
        if (read.isEmpty()) {
            return reject("RPT_DATE", "'" + date + "' is not a date in any of the forms " + ImportDates.FORMS);
        }
        LocalDate reportedOn = read.get().date();
        String pipeId = null;
        String named = pipeIdOf(row);
        if (named != null) {
            String candidate = (pipeIdPrefix == null ? "" : pipeIdPrefix) + named;
            if (registered.test(candidate)) {
                pipeId = candidate;
            } else {
                warnings.put("PIPE_ID", "pipe " + candidate + " is not in the register: the leak is kept without a"
                        + " pipe, so it is not in a pipe's failure history");
            }
        }
        Double lat = number(row, "LAT");
        Double lon = number(row, "LON");
        Position position = lat != null && lon != null ? new Position("EPSG:4326", lon, lat) : null;
        if (position == null && (value(row, "LAT") != null || value(row, "LON") != null)) {
            warnings.put("LAT", "'" + nullToEmpty(value(row, "LAT")) + "', '" + nullToEmpty(value(row, "LON"))
                    + "' is not a latitude, longitude pair; position left out");
        }
        String address = value(row, "ADDRESS");
        if (address == null && (value(row, "MAIN_ST") != null || value(row, "CROSS_ST") != null)) {
            address = (value(row, "MAIN_ST") == null ? "" : value(row, "MAIN_ST")) + " / "
                    + (value(row, "CROSS_ST") == null ? "" : value(row, "CROSS_ST"));
        }
        if (position == null && address == null) {
            return reject("LAT", "the row has neither coordinates nor an address");
        }
        Double inches = number(row, "PIPE_SIZE");
        Integer diameter = null;
        if (inches == null || inches <= 0) {
            warnings.put("PIPE_SIZE", "pipe size '" + nullToEmpty(value(row, "PIPE_SIZE")) + "' is not a size; left unknown");
        } else {
            diameter = (int) Math.round(inches * 25.4);
            if (diameter < 10 || diameter > 5000) {
                warnings.put("PIPE_SIZE", "pipe size " + inches + " in is implausible; left unknown");
                diameter = null;
            }
        }
        Material material = material(value(row, "PIPE_TYPE"));
        if (material == Material.UNKNOWN) {
            warnings.put("PIPE_TYPE", value(row, "PIPE_TYPE") == null ? "no pipe type; material UNKNOWN"
                    : "pipe type '" + value(row, "PIPE_TYPE") + "' has no material of ours; material UNKNOWN");
        }
        Double year = number(row, "YR_INST");
        Integer installationYear = null;
        if (year == null) {
            warnings.put("YR_INST", "installation year missing");
        } else if (year < 1800 || year > reportedOn.getYear()) {
            warnings.put("YR_INST", "installation year " + value(row, "YR_INST") + " is implausible; left unknown");
        } else {
            installationYear = year.intValue();
        }
        Double hours = number(row, "REPAIR_HRS");
        if (value(row, "REPAIR_HRS") != null && (hours == null || hours < 0 || hours > 2000)) {
            warnings.put("REPAIR_HRS", "repair hours '" + value(row, "REPAIR_HRS") + "' are implausible; left unknown");
            hours = null;
        }
        String type = value(row, "LEAK_TYPE") == null ? "" : value(row, "LEAK_TYPE").toUpperCase(Locale.ROOT);
        boolean burst = type.contains("RUPTURE") || type.contains("BLOW OUT");
        RecordHistoricLeak command = new RecordHistoricLeak(LeakIds.ofRecord(source, id), source, id, pipeId,
                burst ? LeakKind.BURST : LeakKind.LEAK, burst ? LeakSeverity.HIGH : LeakSeverity.MEDIUM, position,
                address, reportedOn, material, diameter, installationYear,
                type.contains("CLAMP") ? RepairMethod.CLAMP : null, hours, cause(type), value(row, "REMARKS"));
        return new Mapped(command, null, null, warnings);
    }

    static Material material(String type) {
        if (type == null) {
            return Material.UNKNOWN;
        }
        return switch (type.strip().toUpperCase(Locale.ROOT)) {
            case "C.I.", "CI", "CAST" -> Material.GREY_CAST_IRON;
            case "STEEL", "STL", "GALV", "GALVANIZED", "RIV. STEEL" -> Material.STEEL;
            case "A.C.", "AC" -> Material.ASBESTOS_CEMENT;
            case "D.I.", "DI", "DCI" -> Material.DUCTILE_IRON;
            case "CONCRETE" -> Material.CONCRETE;
            case "POLY", "HDPE", "PE" -> Material.PE;
            default -> Material.UNKNOWN;
        };
    }

    static FailureCause cause(String type) {
        if (type.contains("ROUND CRACK")) {
            return FailureCause.CIRCUMFERENTIAL_CRACK;
        }
        if (type.contains("SPLIT")) {
            return FailureCause.LONGITUDINAL_SPLIT;
        }
        if (type.contains("RUST") || type.contains("PIN HOLE")) {
            return FailureCause.CORROSION_HOLE;
        }
        if (type.contains("JOINT") || type.contains("COUPLING")) {
            return FailureCause.JOINT_FAILURE;
        }
        if (type.contains("CORP") || type.contains("GATE") || type.contains("VALVE") || type.contains("BLOW OFF")) {
            return FailureCause.FITTING_OR_VALVE;
        }
        if (type.contains("HIT")) {
            return FailureCause.THIRD_PARTY_DAMAGE;
        }
        return FailureCause.UNKNOWN;
    }

    private static String pipeIdOf(Map<String, String> row) {
        for (var cell : row.entrySet()) {
            if (PIPE_ID_COLUMNS.contains(cell.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))) {
                String v = cell.getValue();
                return v == null || v.isBlank() ? null : v.strip();
            }
        }
        return null;
    }

    private static Mapped reject(String field, String reason) {
        return new Mapped(null, field, reason, Map.of());
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Double number(Map<String, String> row, String column) {
        String v = value(row, column);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
