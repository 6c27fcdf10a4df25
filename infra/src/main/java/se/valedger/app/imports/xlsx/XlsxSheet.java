package se.valedger.app.imports.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.valedger.app.imports.ImportReport;
import se.valedger.kernel.InvalidInput;

/**
 * One sheet of an .xlsx workbook (Apache POI) as the CSV text our CSV importers read: one line per sheet row, so a
 * report's {@code line} is the spreadsheet's row number (empty rows are blank lines, which CSV reading skips).
 * Cells: text as written; numbers in plain decimal without a trailing {@code .0} (1990, 160, 80.5); cells formatted
 * as dates as ISO {@code 2010-01-31} (time of day dropped); booleans {@code true}/{@code false}; formulas their
 * cached value; a row is as wide as the header (blank cells after its last filled one). A line break inside a
 * text cell becomes a space, noted on that row.
 */
final class XlsxSheet {

    /** The CSV text, the sheet read, and the notes of cells whose text was changed. */
    record Converted(String csv, String sheet, List<ImportReport.Row> notes) {
    }

    private XlsxSheet() {
    }

    /** The named sheet, or the first when {@code sheetName} is null. */
    static Converted toCsv(Path file, String sheetName) {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                throw new InvalidInput("sheet", "the workbook has no sheet '" + sheetName + "'; it has " + names);
            }
            List<ImportReport.Row> notes = new ArrayList<>();
            StringBuilder csv = new StringBuilder();
            int last = sheet.getLastRowNum();
            int width = -1;
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getLastCellNum() > 0) {
                    if (width < 0) {
                        width = row.getLastCellNum();
                    }
                    // A sheet row ends at its last filled cell; as CSV it has every column of the header.
                    int cells = Math.max(width, row.getLastCellNum());
                    for (int c = 0; c < cells; c++) {
                        if (c > 0) {
                            csv.append(',');
                        }
                        csv.append(quoted(text(row.getCell(c), r + 1, notes)));
                    }
                }
                csv.append('\n');
            }
            return new Converted(csv.toString(), sheet.getSheetName(), notes);
        } catch (NotOfficeXmlFileException e) {
            throw new InvalidInput("file", "the file is not an .xlsx workbook (Office Open XML); send .xlsx, or CSV to the"
                    + " CSV import");
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.EmptyFileException e) {
            throw new InvalidInput("file", "the .xlsx workbook cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell, int rowNumber, List<ImportReport.Row> notes) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> {
                String value = cell.getStringCellValue();
                if (value.contains("\n") || value.contains("\r")) {
                    notes.add(new ImportReport.Row(rowNumber, cell.getAddress().formatAsString(),
                            "a line break in the cell was read as a space"));
                    value = value.replaceAll("\r\n|\r|\n", " ");
                }
                yield value;
            }
            default -> "";
        };
    }

    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf(';') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static byte[] bytes(Converted converted) {
        return converted.csv().getBytes(StandardCharsets.UTF_8);
    }
}
