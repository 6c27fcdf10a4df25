package se.valedger.app.imports.plant;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.valedger.app.imports.CsvTable;
import se.valedger.app.imports.LastRowComplete;
import se.valedger.app.imports.TextLines;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.MalformedFile;

/**
 * A SCADA or LIMS export as lines of fields: UTF-8 (or ISO-8859-1 when it is not valid UTF-8),
 * separated by ';', tab or ',' (whichever the header uses most), optionally quoted.
 */
final class MeasurementFile {

    /** Separated by ';', tab or ',' (the header's most used; ';' first on a tie), cells trimmed, one line each. */
    private static final CsvTable.Format FORMAT = new CsvTable.Format(";\t,", true, false);

    record Line(int number, List<String> fields) {
    }

    final char delimiter;
    final List<String> header;
    /** Each column's unit as written in brackets or parentheses ("mg/l" of "bod7 [mg/l]"), null when none. */
    final List<String> units;
    final List<Line> rows = new ArrayList<>();

    private MeasurementFile(char delimiter, List<String> rawHeader) {
        this.delimiter = delimiter;
        this.header = rawHeader.stream().map(MeasurementFile::normalise).toList();
        this.units = rawHeader.stream().map(MeasurementFile::unit).toList();
    }

    static MeasurementFile read(byte[] content) {
        try (CsvTable table = CsvTable.open(TextLines.of(decode(content)), FORMAT)) {
            if (table.header() == null) {
                throw new InvalidInput("file", "the file is empty; expected a header line and one row per hour or day");
            }
            MeasurementFile file = new MeasurementFile(table.delimiter(), table.header().cells());
            table.rows(record -> file.rows.add(new Line((int) record.line(), record.cells())));
            if (!file.rows.isEmpty()) {
                Line end = file.rows.get(file.rows.size() - 1);
                String cut = LastRowComplete.cutShort(end.number(), end.fields().size(), file.header.size());
                if (cut != null) {
                    throw new InvalidInput("file", cut);
                }
            }
            return file;
        } catch (MalformedFile malformed) {
            throw new InvalidInput("file", malformed.getMessage());
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    /** Lower case, units in brackets dropped, spaces and dashes as '_': "Flöde (m3/h)" -> "flöde". */
    static String normalise(String name) {
        return name.replaceAll("[\\(\\[].*?[\\)\\]]", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The text in the name's first brackets or parentheses, trimmed: "BOD7 [mg/l]" -> "mg/l"; null when none. */
    static String unit(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\(\\[](.*?)[\\)\\]]").matcher(name);
        return m.find() ? m.group(1).trim() : null;
    }

    /** Whether a cell says the value is missing: empty, or "?" as LIMS exports write it. */
    static boolean missing(String raw) {
        String v = raw == null ? "" : raw.replace("\u00A0", "").trim();
        return v.isEmpty() || v.equals("?");
    }

    /** A number as exported, with a decimal comma when the separator is not a comma; null when empty. */
    Double number(String raw) {
        String value = raw.replace("\u00A0", "").replace(" ", "");
        if (value.isEmpty() || value.equals("?")) {
            return null;
        }
        if (delimiter != ',' && value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        }
        double parsed = Double.parseDouble(value);
        if (!Double.isFinite(parsed)) {
            throw new NumberFormatException("not a finite number");
        }
        return parsed;
    }
}
