package se.valedger.app.audit;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: an unquoted empty field is null, a quoted one "". */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                row.add(field.toString());
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '\r') {
                    end++;
                }
                row.add(end == i ? null : text.substring(i, end));
                i = end;
            }
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
                if (i == text.length() || text.charAt(i) == '\r') {
                    row.add(null);
                }
            }
            if (i < text.length() && text.charAt(i) == '\r') {
                i += 2;
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return rows;
    }
}
