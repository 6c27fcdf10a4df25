package se.valedger.http.api.renewal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.valedger.http.ui.Texts;
import se.valedger.kernel.UtilityTime;
import se.valedger.renewal.ForecastPoint;
import se.valedger.renewal.ProposedRenewal;
import se.valedger.renewal.RenewalPlanView;
import se.valedger.renewal.RenewalProposal;
import se.valedger.renewal.StrategyForecast;

/**
 * Plans and proposals as xlsx for the technical committee (Apache POI): the municipality and the date on top, the
 * plan's people (author, reviewer), every item with its method in the reader's words, amounts as numbers in
 * SEK (whole kronor, thousands grouped by the spreadsheet), years as plain numbers; a proposal's items with their
 * risk explanation, and the strategies side by side in columns.
 */
@Component
public class RenewalWorkbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;
    private final PaperSettings settings;
    private final Clock clock;

    RenewalWorkbooks(MessageSource messages, PaperSettings settings, Clock clock) {
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private String of(Enum<?> value) {
        return value == null ? "" : messages.getMessage(Texts.key(value), null, value.name(), LocaleContextHolder.getLocale());
    }

    /** Cell styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle amount;
        final CellStyle year;
        final CellStyle decimal;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            amount = book.createCellStyle();
            amount.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            year = book.createCellStyle();
            year.setDataFormat(book.createDataFormat().getFormat("0"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
        }
    }

    public byte[] plan(RenewalPlanView plan) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet(text("paper21.sheet.plan"));
            int r = head(sheet, styles, text("paper21.plan.title", plan.programme() == null ? plan.planId() : plan.programme()));
            r = pair(sheet, r, text("paper21.plan.id"), plan.planId(), null);
            r = pair(sheet, r, text("paper21.year"), plan.year(), styles.year);
            r = pair(sheet, r, text("paper21.budget"), plan.budgetSek(), styles.amount);
            r = pair(sheet, r, text("paper21.plan.total"), plan.totalCostSek(), styles.amount);
            r = pair(sheet, r, text("paper21.plan.status"), text("planStatus." + plan.status()), null);
            r = pair(sheet, r, text("paper21.plan.author"), plan.author(), null);
            r = pair(sheet, r, text("paper21.plan.reviewer"), plan.reviewedBy() == null ? "–" : plan.reviewedBy(), null);
            if (plan.returnReason() != null) {
                r = pair(sheet, r, text("paper21.plan.returnReason"), plan.returnReason(), null);
            }
            r++;
            String[] columns = {"paper21.col.pipe", "paper21.col.method", "paper21.col.estimatedCost", "paper21.col.status",
                    "paper21.col.executedYear", "paper21.col.newMaterial", "paper21.col.actualCost"};
            header(sheet, r++, styles, columns);
            int first = r;
            for (RenewalPlanView.Item item : plan.items()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(item.pipeId());
                row.createCell(1).setCellValue(of(item.method()));
                number(row, 2, item.estimatedCostSek(), styles.amount);
                row.createCell(3).setCellValue(text("paper21.itemStatus." + item.status()));
                number(row, 4, item.executedYear(), styles.year);
                row.createCell(5).setCellValue(item.newMaterial() == null ? "" : item.newMaterial());
                number(row, 6, item.actualCostSek(), styles.amount);
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(text("paper21.total"));
            total.getCell(0).setCellStyle(styles.header);
            Cell sum = total.createCell(2);
            sum.setCellFormula(plan.items().isEmpty() ? "0" : "SUM(C" + (first + 1) + ":C" + r + ")");
            sum.setCellStyle(styles.amount);
            widths(sheet, 7);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] proposal(RenewalProposal proposal) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet(text("paper21.sheet.proposal"));
            int r = head(sheet, styles, text("paper21.proposal.title", String.valueOf(proposal.year())));
            r = pair(sheet, r, text("paper21.proposal.strategy"), of(proposal.strategy()), null);
            r = pair(sheet, r, text("paper21.budget"), proposal.budgetSek(), styles.amount);
            r = pair(sheet, r, text("paper21.proposal.total"), proposal.totalCostSek(), styles.amount);
            r = pair(sheet, r, text("paper21.proposal.remaining"), proposal.remainingBudgetSek(), styles.amount);
            r = pair(sheet, r, text("paper21.proposal.candidates"), proposal.candidates(), styles.year);
            r = pair(sheet, r, text("paper21.proposal.skipped"), proposal.skippedOverBudget(), styles.year);
            r++;
            String[] columns = {"paper21.col.rank", "paper21.col.pipe", "paper21.col.networkKind", "paper21.col.material",
                    "paper21.col.diameter", "paper21.col.length", "paper21.col.installed", "paper21.col.age",
                    "paper21.col.grade", "paper21.col.method", "paper21.col.cost", "paper21.col.runningTotal",
                    "paper21.col.likelihood", "paper21.col.consequence", "paper21.col.risk", "paper21.col.explanation"};
            header(sheet, r++, styles, columns);
            for (ProposedRenewal item : proposal.items()) {
                Row row = sheet.createRow(r++);
                number(row, 0, item.rank(), styles.year);
                row.createCell(1).setCellValue(item.pipeId());
                row.createCell(2).setCellValue(of(item.networkKind()));
                row.createCell(3).setCellValue(of(item.material()));
                number(row, 4, item.diameterMm(), styles.year);
                Cell length = row.createCell(5);
                length.setCellValue(item.lengthM());
                length.setCellStyle(styles.decimal);
                number(row, 6, item.installationYear(), styles.year);
                number(row, 7, item.ageYears(), styles.year);
                number(row, 8, item.latestGrade(), styles.year);
                row.createCell(9).setCellValue(of(item.method()));
                number(row, 10, item.costSek(), styles.amount);
                number(row, 11, item.runningTotalSek(), styles.amount);
                if (item.risk() != null) {
                    number(row, 12, item.risk().likelihood(), styles.year);
                    number(row, 13, item.risk().consequence(), styles.year);
                    number(row, 14, item.risk().score(), styles.year);
                    row.createCell(15).setCellValue(item.risk().explanation());
                }
            }
            widths(sheet, 15);
            sheet.setColumnWidth(15, 90 * 256);
            if (proposal.forecast() != null && !proposal.forecast().isEmpty()) {
                strategies(book.createSheet(text("paper21.sheet.strategies")), styles, proposal.forecast());
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strategies side by side: one column each, one row per figure. */
    private void strategies(Sheet sheet, Styles styles, List<StrategyForecast> forecast) {
        int r = head(sheet, styles, text("paper21.strategies.title"));
        Row names = sheet.createRow(r++);
        names.createCell(0).setCellValue(text("paper21.strategies.figure"));
        names.getCell(0).setCellStyle(styles.header);
        for (int c = 0; c < forecast.size(); c++) {
            Cell cell = names.createCell(c + 1);
            cell.setCellValue(of(forecast.get(c).strategy()));
            cell.setCellStyle(styles.header);
        }
        r = figureRow(sheet, r, styles, text("paper21.strategies.rate"), forecast, f -> f.renewalRatePercentPerYear());
        r = figureRow(sheet, r, styles, text("paper21.strategies.need"), forecast, f -> f.renewalNeedPercentPerYear());
        for (int p = 0; p < forecast.get(0).points().size(); p++) {
            int index = p;
            ForecastPoint point = forecast.get(0).points().get(p);
            r = figureRow(sheet, r, styles, text("paper21.strategies.meanAge", String.valueOf(point.afterYears())),
                    forecast, f -> f.points().get(index).meanAgeYears());
            r = figureRow(sheet, r, styles, text("paper21.strategies.beyond", String.valueOf(point.afterYears())),
                    forecast, f -> f.points().get(index).kmBeyondServiceLife());
            r = figureRow(sheet, r, styles, text("paper21.strategies.breaks", String.valueOf(point.afterYears())),
                    forecast, f -> f.points().get(index).expectedBreaksPerYear());
        }
        widths(sheet, forecast.size() + 1);
        sheet.setColumnWidth(0, 48 * 256);
    }

    private static int figureRow(Sheet sheet, int r, Styles styles, String label, List<StrategyForecast> forecast,
                                 java.util.function.ToDoubleFunction<StrategyForecast> figure) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        for (int c = 0; c < forecast.size(); c++) {
            Cell cell = row.createCell(c + 1);
            cell.setCellValue(Math.round(figure.applyAsDouble(forecast.get(c)) * 100) / 100.0);
            cell.setCellStyle(styles.decimal);
        }
        return r + 1;
    }

    /** Municipality, title and date: the paper's head. Answers the next free row. */
    private int head(Sheet sheet, Styles styles, String title) {
        Row municipality = sheet.createRow(0);
        municipality.createCell(0).setCellValue(settings.municipality());
        municipality.getCell(0).setCellStyle(styles.header);
        Row heading = sheet.createRow(1);
        heading.createCell(0).setCellValue(title);
        heading.getCell(0).setCellStyle(styles.title);
        Row date = sheet.createRow(2);
        date.createCell(0).setCellValue(text("paper21.printed"));
        date.createCell(1).setCellValue(UtilityTime.today(clock).toString());
        return 4;
    }

    private static int pair(Sheet sheet, int r, String label, Object value, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        if (value instanceof Number n) {
            number(row, 1, n, style);
        } else {
            row.createCell(1).setCellValue(value == null ? "" : value.toString());
        }
        return r + 1;
    }

    private void header(Sheet sheet, int r, Styles styles, String[] keys) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < keys.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(text(keys[c]));
            cell.setCellStyle(styles.header);
        }
    }

    private static void number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue("");
            return;
        }
        cell.setCellValue(value.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 20 * 256);
        }
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
