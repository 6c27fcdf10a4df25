package se.valedger.app.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import se.valedger.kernel.MalformedFile;

/**
 * The text of an import file, with our two rules on every read: bytes that are not text in the charset are
 * refused naming their line, and a line longer than {@link #MAX_LINE_CHARS} is refused before it is held whole:
 * 100 MB without a line break used to be read into one string per import job, and two such uploads exhausted a
 * 384 MB heap (issue 14, item 7; {@code HugeBodiesIT}). EPANET reads it line by line, CSV through {@link CsvTable}.
 */
public final class TextLines {

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

    /** The file's text, decoded strictly in the charset. */
    public static Reader of(Path file, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Checked(new InputStreamReader(Files.newInputStream(file), decoder), charset.name(),
                    () -> firstUndecodableLine(file, charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The line of the first bytes that are not text in the charset, found by decoding the file again byte by byte:
     * the reader decodes blocks ahead of the lines it has handed out, so its own count names an earlier line.
     */
    static long firstUndecodableLine(Path file, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(64 * 1024);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(64 * 1024);
        long breaks = 0;
        boolean afterCr = false;
        try (var channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                java.nio.charset.CoderResult result = decoder.decode(in, out, end);
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == '\r' || (c == '\n' && !afterCr)) {
                        breaks++;
                    }
                    afterCr = c == '\r';
                }
                out.clear();
                if (result.isError()) {
                    return breaks + 1;
                }
                in.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return breaks + 1;
    }

    /** Text already decoded (an importer that guesses the charset of a file it reads whole). */
    public static Reader of(String text) {
        return new Checked(new StringReader(text), "the expected", null);
    }

    /** Calls the handler for every line (any line ending), numbered from 1, without a leading BOM; answers the count. */
    static long forEach(Path file, Charset charset, LineHandler handler) {
        long number = 0;
        try (BufferedReader reader = new BufferedReader(of(file, charset))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                handler.line(number, text);
            }
            return number;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts lines as the text passes, so both refusals name the line they met. */
    private static final class Checked extends Reader {

        private final Reader in;
        private final String charset;
        private final java.util.function.LongSupplier exactLine;
        private long breaks;
        private long sinceBreak;
        private boolean afterCr;

        Checked(Reader in, String charset, java.util.function.LongSupplier exactLine) {
            this.in = in;
            this.charset = charset;
            this.exactLine = exactLine;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = in.read(buffer, offset, length);
            } catch (CharacterCodingException e) {
                long line = exactLine == null ? breaks + 1 : exactLine.getAsLong();
                throw new MalformedFile(line, "line " + line + " is not " + charset
                        + " text; pass the file's charset (e.g. charset=ISO-8859-1)");
            }
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '\r' || (c == '\n' && !afterCr)) {
                    breaks++;
                    sinceBreak = 0;
                } else if (c != '\n' && ++sinceBreak > MAX_LINE_CHARS) {
                    long line = breaks + 1;
                    throw new MalformedFile(line, "line " + line + " is longer than " + MAX_LINE_CHARS
                            + " characters without a line break; this is not a text file of this kind");
                }
                afterCr = c == '\r';
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
