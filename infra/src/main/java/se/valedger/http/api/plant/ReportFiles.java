package se.valedger.http.api.plant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.valedger.app.CsvCells;
import se.valedger.app.plant.PlantReport;

/** The yearly report as CSV (tables one after the other, a blank line between) and as an xlsx workbook (one sheet each). */
final class ReportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportFiles() {
    }

    static String csv(PlantReport report) {
        StringBuilder out = new StringBuilder();
        for (ReportTables.Table t : ReportTables.of(report)) {
            out.append(CsvCells.plain("# " + t.name())).append("\r\n");
            out.append(String.join(",", t.header().stream().map(CsvCells::plain).toList())).append("\r\n");
            for (List<Object> row : t.rows()) {
                out.append(String.join(",", row.stream().map(ReportFiles::text).map(CsvCells::plain).toList()))
                        .append("\r\n");
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        return String.valueOf(value);
    }

    static byte[] xlsx(PlantReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTables.Table t : ReportTables.of(report)) {
                Sheet sheet = book.createSheet(t.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < t.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(t.header().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = t.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(String.valueOf(v));
                        }
                    }
                }
                for (int c = 0; c < t.header().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, t.header().get(c).length() + 4)) * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
