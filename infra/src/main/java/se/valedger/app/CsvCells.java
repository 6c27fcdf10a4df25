package se.valedger.app;

/**
 * One place that writes CSV cells for every export, so that a spreadsheet never runs a cell as a formula
 * (CSV or "formula" injection, OWASP: https://owasp.org/www-community/attacks/CSV_Injection). A text cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * {@code '}, which spreadsheets show as "text follows"; the README says so. A text that already starts with
 * {@code '} gets one more, so the original is always the cell minus one leading {@code '} (the audit export's
 * hashes recompute from the CSV that way). Numbers we format ourselves are
 * written as they are (a negative number is not a formula and must stay a number).
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** True if a spreadsheet could read this text as the start of a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text neutralised ({@code '} in front if it could start a formula), quoted as RFC 4180 asks. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        String safe = looksLikeFormula(text) || text.startsWith("'") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /**
     * A value we produce from a fixed vocabulary or a number (enum names, dates, formatted figures): written
     * bare, but still neutralised should it ever start like a formula and not be a number.
     */
    public static String plain(String value) {
        if (value == null) {
            return "";
        }
        if ((looksLikeFormula(value) || value.startsWith("'")) && !isNumber(value)) {
            return text(value);
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return text(value);
        }
        return value;
    }

    private static boolean isNumber(String value) {
        return value.matches("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    }
}
