package se.valedger.http.api.plant;

import java.util.ArrayList;
import java.util.List;
import se.valedger.app.plant.PlantReport;
import se.valedger.plant.PlantOverflows;
import se.valedger.plant.PlantWeeklyLoad;

/**
 * A plant's yearly report as tables with Swedish headers, the one layout the CSV and the xlsx workbook share: a
 * summary (uppgift, värde, enhet), the weeks, the overflows per point, the forecast's yearly maxima.
 */
final class ReportTables {

    record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private ReportTables() {
    }

    static List<Table> of(PlantReport r) {
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of("Anläggning", r.plantId(), ""));
        summary.add(List.of("År", r.year(), ""));
        summary.add(List.of("Tillståndsgiven anslutning" + (r.permitAssumed() ? " (ANTAGEN, ASSUMED)" : ""),
                r.permittedPe(), "pe"));
        summary.add(List.of("Jämförelsegrund", r.permitBasis(), ""));
        summary.add(row("Maximal genomsnittlig veckobelastning", r.maxWeek() == null ? null : r.maxWeek().loadPe(), "pe"));
        summary.add(row("Vecka med max", r.maxWeek() == null ? null : r.maxWeek().week(), ""));
        summary.add(row("Prov den veckan", r.maxWeek() == null ? null : r.maxWeek().samples(), "st"));
        summary.add(row("Andel av tillståndet", r.maxUtilisationPercent(), "%"));
        summary.add(row("Medelbelastning (veckor)", r.meanWeeklyLoadPe(), "pe"));
        summary.add(List.of("Antal prov", r.samples(), "st"));
        summary.add(List.of("Antal prov enligt kontrollprogram", r.samplesRequired(), "st"));
        for (PlantReport.WeeksOver w : r.weeksOver()) {
            summary.add(List.of("Veckor över " + w.levelPercent() + " %", w.weeks(), "st"));
        }
        summary.add(List.of("Mätta dygn (flöde)", r.inflow().measuredDays(), "st"));
        summary.add(row("Inflöde totalt", r.inflow().totalM3(), "m³"));
        summary.add(row("Inflöde medel", r.inflow().meanM3PerDay(), "m³/d"));
        summary.add(List.of("Dygn över Qdim (dygn)", r.inflow().daysOverDesignFlow(), "st"));
        summary.add(List.of("Dygn med timme över Qdim (timme)", r.inflow().daysWithPeakHourOverDesignFlow(), "st"));
        summary.add(List.of("Bräddad BOD7 (hela systemet)", r.overflowShare().overflowedBod7Kg(), "kg"));
        summary.add(row("Insamlad BOD7 vid torrväder (år)", r.overflowShare().collectedBod7Kg(), "kg"));
        summary.add(row("Andel av insamlad belastning vid torrväder", r.overflowShare().sharePercent(), "%"));
        summary.add(row("Torrväderregel" + (r.overflowShare().dryWeatherAssumed() ? " (ANTAGEN)" : ""),
                r.overflowShare().dryWeatherRule(), ""));
        summary.add(List.of("Torrvädersdygn / dygnsprov på dem", r.overflowShare().dryDays() + " / "
                + r.overflowShare().dryWeatherSamples(), "st"));
        summary.add(List.of("Vägledande mål", r.overflowShare().objectivePercent(), "%"));
        summary.add(List.of("Prognos", r.forecast().status(), ""));
        summary.add(row("Prognos: år tillståndet nås", r.forecast().yearPermitReached(), ""));
        List<List<Object>> weeks = new ArrayList<>();
        for (PlantWeeklyLoad.Week w : r.weeks()) {
            weeks.add(List.of(w.week(), w.loadPe(), w.samples(), w.label(), w.unusual() ? "ja" : "nej",
                    w.reason() == null ? "" : w.reason(), w.counted() ? "ja" : "nej"));
        }
        List<List<Object>> points = new ArrayList<>();
        for (PlantOverflows.Point p : r.overflowPoints()) {
            points.add(List.of(p.pointId(), p.name(), p.type().name(), p.east(), p.north(), p.recipient(), p.count(),
                    p.hours(), p.volumeMeasuredM3(), p.volumeEstimatedM3(), p.bod7Kg(), p.totalPhosphorusKg(),
                    p.totalNitrogenKg()));
        }
        List<List<Object>> maxima = new ArrayList<>();
        r.forecast().maxima().forEach(m -> maxima.add(List.of(m.year(), m.week(), m.loadPe())));
        return List.of(
                new Table("Sammanfattning", List.of("Uppgift", "Värde", "Enhet"), summary),
                new Table("Veckobelastning", List.of("Vecka", "Belastning (pe)", "Antal prov", "Märkning", "Ovanlig",
                        "Orsak", "Räknas"), weeks),
                new Table("Bräddning per punkt", List.of("Punkt", "Namn", "Typ", "E (SWEREF 99 TM)", "N (SWEREF 99 TM)",
                        "Recipient", "Antal", "Timmar", "Volym uppmätt (m³)", "Volym uppskattad (m³)", "BOD7 (kg)",
                        "Tot-P (kg)", "Tot-N (kg)"), points),
                new Table("Prognos", List.of("År", "Vecka med max", "Max veckobelastning (pe)"), maxima));
    }

    private static List<Object> row(String what, Object value, String unit) {
        List<Object> row = new ArrayList<>();
        row.add(what);
        row.add(value == null ? "" : value);
        row.add(unit);
        return row;
    }
}
