package se.valedger.app.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.valedger.kernel.MalformedFile;

/**
 * A CSV file as every importer reads it: RFC 4180 through Apache Commons CSV, with our rules on top. The
 * delimiter is the one of the given candidates the header line holds most of (the first on a tie); a leading BOM
 * is dropped; blank lines are skipped; every record keeps the line it starts on; a file that ends inside a quoted
 * field is refused ({@link LastRowComplete#unclosedQuote}); the text's charset and line length are checked by
 * {@link TextLines}. The first non-blank record is the header.
 */
public final class CsvTable implements AutoCloseable {

    /** How an importer's files look: delimiter candidates, whether cells are trimmed, whether a cell may break lines. */
    public record Format(String delimiters, boolean trim, boolean cellsMayBreakLines) {
    }

    /** One record: the line it starts on and its cells. */
    public record Record(long line, List<String> cells) {

        /** The cell, or null when the row has no such cell or it is empty. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() && !cells.get(index).isEmpty() ? cells.get(index) : null;
        }
    }

    private final char delimiter;
    private final Format format;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Record header;
    private long lineBefore;

    private CsvTable(BufferedReader text, char delimiter, Format format) throws IOException {
        this.delimiter = delimiter;
        this.format = format;
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrailingData(true).setIgnoreSurroundingSpaces(format.trim()).setTrim(format.trim()).get();
        this.parser = CSVParser.builder().setReader(text).setFormat(csv).get();
        this.records = parser.iterator();
        this.header = next();
    }

    /** Opens the text (from {@link TextLines}); the reader is closed with the table. */
    public static CsvTable open(Reader text, Format format) {
        try {
            BufferedReader buffered = new BufferedReader(text);
            buffered.mark(1);
            if (buffered.read() != '\uFEFF') {
                buffered.reset();
            }
            return new CsvTable(buffered, delimiterOf(firstLine(buffered), format.delimiters()), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header record, or null when the file holds no record. */
    public Record header() {
        return header;
    }

    public char delimiter() {
        return delimiter;
    }

    /** Calls the consumer for every record after the header, in file order. */
    public void rows(Consumer<Record> rows) {
        for (Record row = next(); row != null; row = next()) {
            rows.accept(row);
        }
    }

    private Record next() {
        while (true) {
            long start = lineBefore + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw new MalformedFile(start, LastRowComplete.unclosedQuote(start));
            }
            lineBefore = parser.getCurrentLineNumber();
            if (!format.cellsMayBreakLines() && lineBefore > start) {
                throw new MalformedFile(start, "line " + start + ": a quoted cell is not closed");
            }
            List<String> cells = record.toList();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            return new Record(start, List.copyOf(cells));
        }
    }

    /** The first non-blank line, read ahead and given back. */
    private static String firstLine(BufferedReader text) throws IOException {
        text.mark(TextLines.MAX_LINE_CHARS * 2 + 2);
        String line;
        do {
            line = text.readLine();
        } while (line != null && line.isBlank());
        text.reset();
        return line == null ? "" : line;
    }

    private static char delimiterOf(String header, String candidates) {
        char best = candidates.charAt(0);
        long most = -1;
        for (char c : candidates.toCharArray()) {
            long count = header.chars().filter(ch -> ch == c).count();
            if (count > most) {
                most = count;
                best = c;
            }
        }
        return best;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
