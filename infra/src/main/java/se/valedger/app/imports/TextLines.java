package se.valedger.app.imports;

import se.valedger.kernel.MalformedFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file line by line (any line ending), refusing bytes that are not text in the charset, and refusing a
 * line longer than {@link #MAX_LINE_CHARS} before it is held whole: 100 MB without a line break used to be read into
 * one string per import job, and two such uploads exhausted a 384 MB heap (issue 14, item 7; {@code HugeBodiesIT}).
 */
final class TextLines {

    /**
     * ASSUMED: 1 Mi characters. No line of an EPANET model or an import CSV comes near it (a WKT line of 40,000
     * vertices does not); a file with a longer one is refused whole as not being such a file. A constant, not a
     * setting: raise it here if a real file ever needs more.
     */
    static final int MAX_LINE_CHARS = 1 << 20;

    interface LineHandler {
        void line(long number, String text);
    }

    private TextLines() {
    }

    /** Calls the handler for every line, numbered from 1; answers the number of lines. */
    static long forEach(Path file, Charset charset, LineHandler handler) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long number = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String text;
            while (true) {
                try {
                    text = boundedLine(reader, number + 1);
                } catch (CharacterCodingException e) {
                    throw new MalformedFile(number + 1, "line " + (number + 1) + " is not " + charset.name()
                            + " text; pass the file's charset (e.g. charset=ISO-8859-1)");
                }
                if (text == null) {
                    return number;
                }
                number++;
                if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                handler.line(number, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line without its ending (CR, LF or CRLF), as {@link BufferedReader#readLine()}; null at the end. */
    private static String boundedLine(BufferedReader reader, long number) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c >= 0; c = reader.read()) {
            if (c == '\n') {
                return line.toString();
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                return line.toString();
            }
            if (line.length() == MAX_LINE_CHARS) {
                throw new MalformedFile(number, "line " + number + " is longer than " + MAX_LINE_CHARS
                        + " characters without a line break; this is not a text file of this kind");
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }
}
