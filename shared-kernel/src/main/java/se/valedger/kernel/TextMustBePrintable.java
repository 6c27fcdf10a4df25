package se.valedger.kernel;

/**
 * Text we accept is text every store and reader can hold. Refused, with the character and its position:
 * <ul>
 * <li>control characters other than tab, line feed and carriage return (C0 U+0000–U+001F, DEL U+007F,
 * C1 U+0080–U+009F). PostgreSQL cannot store U+0000 in {@code text} at all (PostgreSQL documentation,
 * §8.3 Character Types: "the character with code zero cannot be stored"), so one NUL in an event stalls
 * every projection that writes it;</li>
 * <li>lone surrogates: half of a UTF-16 pair, not a character (Unicode Standard §3.9, D91 "well-formed
 * UTF-16"); UTF-8 cannot encode one, so it is stored as {@code ?};</li>
 * <li>non-characters U+FDD0–U+FDEF and the last two code points of every plane (U+xxFFFE, U+xxFFFF):
 * reserved for a program's internal use and not to be interchanged (Unicode Standard §23.7
 * Noncharacters).</li>
 * </ul>
 * One rule for every channel: JSON bodies, path variables and request parameters, UI forms, and every
 * command whoever sends it (importers included).
 */
public final class TextMustBePrintable {

    private TextMustBePrintable() {
    }

    /** Refuses the value with {@link InvalidInput} naming the field when it holds a character listed above. */
    public static void check(String field, String value) {
        String problem = problemIn(value);
        if (problem != null) {
            throw new InvalidInput(field, problem);
        }
    }

    /**
     * What is wrong with the text, e.g. "contains U+0000 (a control character) at position 4", or null when
     * nothing is. Positions count characters (code points) from 1.
     */
    public static String problemIn(String value) {
        if (value == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            position++;
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = value.codePointAt(i);
                if (isNonCharacter(codePoint)) {
                    return refusal(codePoint, "a Unicode non-character", position);
                }
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return refusal(c, "a lone surrogate, half of a UTF-16 pair", position);
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return refusal(c, "a control character; of those only tab, line feed and carriage return are allowed",
                        position);
            }
            if (isNonCharacter(c)) {
                return refusal(c, "a Unicode non-character", position);
            }
            i++;
        }
        return null;
    }

    static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String refusal(int codePoint, String what, int position) {
        return "contains " + codePoint(codePoint) + " (" + what + ") at position " + position;
    }

    /** U+0000 notation: at least four hex digits. */
    public static String codePoint(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
