package se.valedger.app.imports.plant;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.valedger.app.imports.LastRowComplete;
import se.valedger.kernel.InvalidInput;

/**
 * A SCADA or LIMS export as lines of fields: UTF-8 (or ISO-8859-1 when it is not valid UTF-8),
 * separated by ';', tab or ',' (whichever the header uses most), optionally quoted.
 */
final class MeasurementFile {

    record Line(int number, List<String> fields) {
    }

    final char delimiter;
    final List<String> header;
    final List<Line> rows = new ArrayList<>();

    private MeasurementFile(char delimiter, List<String> header) {
        this.delimiter = delimiter;
        this.header = header;
    }

    static MeasurementFile read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i == lines.length) {
            throw new InvalidInput("file", "the file is empty; expected a header line and one row per hour or day");
        }
        char delimiter = delimiterOf(lines[i]);
        MeasurementFile file = new MeasurementFile(delimiter, split(lines[i], delimiter).stream()
                .map(MeasurementFile::normalise).toList());
        int last = -1;
        for (int n = i + 1; n < lines.length; n++) {
            if (!lines[n].isBlank()) {
                file.rows.add(new Line(n + 1, split(lines[n], delimiter)));
                last = n;
            }
        }
        if (last >= 0 && opensUnclosedQuote(lines[last])) {
            throw new InvalidInput("file", LastRowComplete.unclosedQuote(last + 1));
        }
        if (!file.rows.isEmpty()) {
            Line end = file.rows.get(file.rows.size() - 1);
            String cut = LastRowComplete.cutShort(end.number(), end.fields().size(), file.header.size());
            if (cut != null) {
                throw new InvalidInput("file", cut);
            }
        }
        return file;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    private static char delimiterOf(String header) {
        char best = ',';
        long most = -1;
        for (char c : new char[] {';', '\t', ','}) {
            long count = header.chars().filter(ch -> ch == c).count();
            if (count > most) {
                most = count;
                best = c;
            }
        }
        return best;
    }

    private static boolean opensUnclosedQuote(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            }
        }
        return quoted;
    }

    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    /** Lower case, units in brackets dropped, spaces and dashes as '_': "Flöde (m3/h)" -> "flöde". */
    static String normalise(String name) {
        return name.replaceAll("[\\(\\[].*?[\\)\\]]", "").trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** A number as exported, with a decimal comma when the separator is not a comma; null when empty. */
    Double number(String raw) {
        String value = raw.replace("\u00A0", "").replace(" ", "");
        if (value.isEmpty()) {
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
