package se.valedger.app.imports;

import se.valedger.kernel.MalformedFile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** RFC 4180 style lines: separator ',' or ';' (chosen from the header), double quotes, no line breaks in a cell. */
final class Csv {

    private Csv() {
    }

    static char separatorOf(String header) {
        return count(header, ';') > count(header, ',') ? ';' : ',';
    }

    static List<String> split(long number, String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new MalformedFile(number, "line " + number + ": a quoted cell is not closed");
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** A header name reduced to letters and digits, without accents: "Anläggningsår" -> "anlaggningsar". */
    static String key(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
