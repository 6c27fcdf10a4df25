package se.valedger.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import se.valedger.kernel.InvalidInput;

/**
 * A file that is not text, sent to a text importer (an .xlsx as CSV, a GeoPackage as EPANET), is refused before
 * it is parsed, naming what it looks like and what the endpoint takes (issue 18): the parser's own message quoted
 * the binary header back. Known by their first bytes (their published signatures): ZIP (xlsx, docx, a zipped
 * shapefile), OLE2 (xls), SQLite (GeoPackage), PDF, PNG, JPEG, GIF. Other bytes go to the parser, which names
 * the line it cannot read (a NUL in one CSV cell stays that row's error, HostileInputAcrossTheApiTest).
 */
public final class BinaryFiles {

    static final int SNIFF_BYTES = 8192;

    private BinaryFiles() {
    }

    /** Refuses the file (field {@code file}) if it is binary; {@code expected} names what the endpoint takes. */
    public static void refuseIfBinary(Path file, String expected) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refuseIfBinary(head, expected);
    }

    public static void refuseIfBinary(byte[] content, String expected) {
        byte[] head = content.length > SNIFF_BYTES ? Arrays.copyOf(content, SNIFF_BYTES) : content;
        String kind = kindOf(head);
        if (kind != null) {
            throw new InvalidInput("file", "the file is " + kind + ", not text; this import takes " + expected
                    + (kind.contains("xlsx") ? "; an .xlsx spreadsheet is read by POST /api/imports/xlsx?kind=pipes|leaks" : ""));
        }
    }

    /** What the first bytes say the file is, or null when they look like text. */
    static String kindOf(byte[] head) {
        if (starts(head, 0x50, 0x4B, 0x03, 0x04) || starts(head, 0x50, 0x4B, 0x05, 0x06)) {
            return "a ZIP archive (an .xlsx/.docx spreadsheet or document, or a zipped shapefile)";
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "an OLE2 document (an old .xls spreadsheet)";
        }
        if (starts(head, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0)) {
            return "an SQLite database (a GeoPackage .gpkg)";
        }
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document";
        }
        if (starts(head, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        return null;
    }

    private static boolean starts(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
