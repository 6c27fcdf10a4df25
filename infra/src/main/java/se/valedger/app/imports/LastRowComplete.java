package se.valedger.app.imports;

import se.valedger.kernel.MalformedFile;

/**
 * LastRowComplete: a CSV whose last row has fewer fields than its header was cut short (an upload or export
 * that stopped early), so the file is refused whole, before any row is stored: importing its other rows would
 * silently lose the end of the file. A missing final line break alone is not a cut (README, "Imports").
 * An unclosed quote at the end is refused by the parsers themselves.
 */
public final class LastRowComplete {

    private LastRowComplete() {
    }

    public static void check(long line, int fields, int headerFields) {
        String cut = cutShort(line, fields, headerFields);
        if (cut != null) {
            throw new MalformedFile(line, cut);
        }
    }

    /** Why the file looks cut short, or null when its last row is complete. */
    public static String cutShort(long line, int fields, int headerFields) {
        if (line > 0 && fields < headerFields) {
            return "line " + line + ", the last row, has " + fields + " of the header's " + headerFields
                    + " fields: the file looks cut short; nothing was imported";
        }
        return null;
    }

    /** The reason for a file that ends inside a quoted field. */
    public static String unclosedQuote(long line) {
        return "line " + line + ", the last row, opens a quoted field that the file never closes: the file looks cut"
                + " short; nothing was imported";
    }
}
