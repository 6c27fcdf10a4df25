package se.valedger.http.api.zone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.valedger.app.CsvCells;
import se.valedger.app.zone.ZoneAnalysis;
import se.valedger.zone.Origin;
import se.valedger.zone.WaterBalance;

/**
 * A zone's yearly water balance as a report: one row per figure (value, unit, origin), then its problems, warnings
 * and assumptions; as CSV (comma-separated, decimal point) or as an xlsx sheet.
 */
final class BalanceReport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private BalanceReport() {
    }

    record Line(String figure, Double value, String unit, String originOrText) {
    }

    static List<Line> lines(ZoneAnalysis.Balance answer) {
        WaterBalance.Result b = answer.balance();
        List<Line> lines = new ArrayList<>();
        figure(lines, b, "systemInputM3", b.systemInputM3(), "m3");
        figure(lines, b, "authorisedM3", b.authorisedM3(), "m3");
        figure(lines, b, "billedAuthorisedM3", b.billedAuthorisedM3(), "m3");
        figure(lines, b, "billedMeteredM3", b.billedMeteredM3(), "m3");
        figure(lines, b, "billedUnmeteredM3", b.billedUnmeteredM3(), "m3");
        figure(lines, b, "unbilledMeteredM3", b.unbilledMeteredM3(), "m3");
        figure(lines, b, "unbilledUnmeteredM3", b.unbilledUnmeteredM3(), "m3");
        figure(lines, b, "waterLossesM3", b.waterLossesM3(), "m3");
        figure(lines, b, "apparentLossesM3", b.apparentLossesM3(), "m3");
        figure(lines, b, "customerMeterInaccuraciesM3", b.customerMeterInaccuraciesM3(), "m3");
        figure(lines, b, "dataHandlingErrorsM3", b.dataHandlingErrorsM3(), "m3");
        figure(lines, b, "unauthorisedConsumptionM3", b.unauthorisedConsumptionM3(), "m3");
        figure(lines, b, "realLossesM3", b.realLossesM3(), "m3");
        figure(lines, b, "nonRevenueWaterM3", b.nonRevenueWaterM3(), "m3");
        figure(lines, b, "mainsKm", b.mainsKm(), "km");
        figure(lines, b, "connections", b.connections() == null ? null : b.connections().doubleValue(), "");
        figure(lines, b, "privateServicePipeKm", b.privateServicePipeKm(), "km");
        figure(lines, b, "averagePressureM", b.averagePressureM(), "m");
        figure(lines, b, "realLossesM3PerKmPerDay", b.realLossesM3PerKmPerDay(), "m3/km/day");
        figure(lines, b, "realLossesLitresPerConnectionPerDay", b.realLossesLitresPerConnectionPerDay(),
                "l/connection/day");
        figure(lines, b, "waterLossesM3PerKmPerDay", b.waterLossesM3PerKmPerDay(), "m3/km/day");
        figure(lines, b, "waterLossesPercentOfInput", b.waterLossesPercentOfInput(), "%");
        figure(lines, b, "nonRevenueWaterPercentOfInput", b.nonRevenueWaterPercentOfInput(), "%");
        figure(lines, b, "uarlM3PerYear", b.uarlM3PerYear(), "m3");
        figure(lines, b, "ili", b.ili(), "");
        b.problems().forEach(p -> lines.add(new Line("problem", null, "", p)));
        b.warnings().forEach(w -> lines.add(new Line("warning", null, "", w)));
        answer.pipeWarnings().forEach(w -> lines.add(new Line("warning", null, "", w)));
        answer.assumptions().forEach(a -> lines.add(new Line("assumption", null, "", a)));
        return lines;
    }

    private static void figure(List<Line> lines, WaterBalance.Result b, String key, Double value, String unit) {
        Origin origin = b.origins().get(key);
        lines.add(new Line(key, value, unit, origin == null ? Origin.CALCULATED.name() : origin.name()));
    }

    static String csv(ZoneAnalysis.Balance answer) {
        StringBuilder csv = new StringBuilder("zone,year,figure,value,unit,origin_or_text\r\n");
        for (Line line : lines(answer)) {
            csv.append(CsvCells.text(answer.zoneId())).append(',').append(answer.balance().year()).append(',')
                    .append(line.figure()).append(',')
                    .append(line.value() == null ? "" : String.format(Locale.ROOT, "%.3f", line.value())).append(',')
                    .append(line.unit()).append(',').append(CsvCells.text(line.originOrText())).append("\r\n");
        }
        return csv.toString();
    }

    static byte[] xlsx(ZoneAnalysis.Balance answer) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Vattenbalans " + answer.balance().year());
            Row header = sheet.createRow(0);
            String[] names = {"zone", "year", "figure", "value", "unit", "origin_or_text"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            int r = 1;
            for (Line line : lines(answer)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(answer.zoneId());
                row.createCell(1).setCellValue(answer.balance().year());
                row.createCell(2).setCellValue(line.figure());
                if (line.value() != null) {
                    row.createCell(3).setCellValue(line.value());
                }
                row.createCell(4).setCellValue(line.unit());
                row.createCell(5).setCellValue(line.originOrText());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
