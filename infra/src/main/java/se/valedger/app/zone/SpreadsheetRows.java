package se.valedger.app.zone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.valedger.kernel.InvalidInput;

/**
 * The first sheet of an xlsx workbook as rows of text, as a CSV would give them: date cells as local
 * {@code yyyy-MM-dd HH:mm:ss} (a spreadsheet has no time zone), numbers with a decimal point, formulas by their
 * cached value, blank rows skipped; the first non-blank row is the header. Each row keeps its sheet row number.
 */
record SpreadsheetRows(List<String> header, List<List<String>> rows, List<Long> lines) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** An xlsx file is a zip archive: it starts with "PK\3\4". */
    static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static SpreadsheetRows read(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInput("file", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cell(row.getCell(c), text));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(cells);
                    lines.add((long) row.getRowNum() + 1);
                }
            }
            if (header == null) {
                throw new InvalidInput("file", "the first sheet is empty; expected a header row (time, value) and one "
                        + "row per interval");
            }
            return new SpreadsheetRows(header, rows, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("file", "the file starts like an xlsx workbook but cannot be read as one: "
                    + e.getMessage());
        }
    }

    private static String cell(Cell cell, DataFormatter text) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().format(LOCAL);
            }
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        if (type == CellType.BOOLEAN || type == CellType.ERROR) {
            return text.formatCellValue(cell);
        }
        return "";
    }
}
