package se.valedger.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file line by line (any line ending), refusing bytes that are not text in the charset. */
final class TextLines {

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
                    text = reader.readLine();
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
}
