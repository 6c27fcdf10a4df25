package se.valedger.kernel;

import java.text.Normalizer;

/**
 * The one alphabet for ids a client chooses (pipes, leaks, renewal plans, treatment plants): every stored
 * id must be addressable later as one URL path segment without percent-encoding tricks, and look like what
 * it is.
 * <ul>
 * <li>1 to {@value #MAX_LENGTH} characters: letters (any script, so å, ä, ö), digits, and {@code - _ . :};
 * it starts with a letter or a digit and holds no {@code ..}. So no {@code /}, {@code \}, {@code ?},
 * {@code #}, {@code ;}, {@code %}, no spaces, no {@code .} or {@code ..} segments (RFC 3986 §3.3 gives
 * those a meaning in a path; servers and proxies normalise or refuse them).</li>
 * <li>Unicode NFC (Unicode Standard Annex #15): an id in another form is refused, never silently
 * normalised, so "VA-å" typed as a + combining ring cannot become a second pipe beside the composed one.</li>
 * <li>No invisible or bidirectional control characters (format characters such as U+200B, U+200E,
 * U+202E are not letters, so they fall outside the alphabet; Unicode Technical Standard #39 §3.1).</li>
 * </ul>
 * Applies on input only: ids stored before this rule stay readable.
 */
public final class IdsMustBeAddressable {

    public static final int MAX_LENGTH = 100;
    public static final String ALPHABET = "letters (å, ä, ö included), digits, '-', '_', '.' and ':', starting with a "
            + "letter or digit, no '..', at most " + MAX_LENGTH + " characters";

    private IdsMustBeAddressable() {
    }

    /** Refuses the id with {@link InvalidInput} naming the field and the first character or rule it breaks. */
    public static void check(String field, String id) {
        if (id == null || id.isEmpty()) {
            throw new InvalidInput(field, field + " is required: " + ALPHABET);
        }
        TextMustBePrintable.check(field, id);
        if (id.codePointCount(0, id.length()) > MAX_LENGTH) {
            throw new InvalidInput(field, "an id is at most " + MAX_LENGTH + " characters");
        }
        if (!Normalizer.isNormalized(id, Normalizer.Form.NFC)) {
            throw new InvalidInput(field, "the id is not in Unicode NFC (a letter and a combining mark where one "
                    + "composed letter exists); send it composed, it is not converted");
        }
        int position = 0;
        for (int i = 0; i < id.length(); i += Character.charCount(id.codePointAt(i))) {
            int c = id.codePointAt(i);
            position++;
            boolean letterOrDigit = Character.isLetter(c) || Character.isDigit(c);
            if (position == 1 && !letterOrDigit) {
                throw new InvalidInput(field, "an id starts with a letter or a digit, not "
                        + TextMustBePrintable.codePoint(c));
            }
            if (!letterOrDigit && c != '-' && c != '_' && c != '.' && c != ':') {
                throw new InvalidInput(field, "contains " + TextMustBePrintable.codePoint(c) + " at position " + position
                        + "; ids are " + ALPHABET);
            }
        }
        if (id.contains("..")) {
            throw new InvalidInput(field, "an id may not contain '..'");
        }
    }
}
