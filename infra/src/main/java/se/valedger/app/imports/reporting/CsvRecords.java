package se.valedger.app.imports.reporting;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold separators, doubled quotes and line breaks. Each record keeps its first line. */
public final class CsvRecords {

    public record Record(long line, List<String> fields) {
    }

    private CsvRecords() {
    }

    /** The text ends inside a quoted field: its last record was cut short. */
    public static final class UnclosedQuote extends RuntimeException {
        private final long line;

        UnclosedQuote(long line) {
            super("quoted field opened on line " + line + " is not closed");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** Parses the records; a text that ends inside a quoted field is {@link UnclosedQuote}. */
    public static List<Record> parse(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        long line = 1;
        long recordLine = 1;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r') {
                // part of a CRLF line end
            } else if (c == '\n') {
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new UnclosedQuote(recordLine);
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
