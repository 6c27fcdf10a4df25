package se.valedger.boot.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters a read model cannot store as they are, replaced by U+FFFD in a projected copy:
 * <ul>
 * <li>U+0000 (NUL): in PostgreSQL's character types "the character with code zero (sometimes called NUL) cannot be
 * stored" (PostgreSQL manual, 8.3 Character Types), and its JSON escape is refused in {@code jsonb} (8.14 JSON
 * Types). The statement fails and aborts its transaction.</li>
 * <li>A lone UTF-16 surrogate: it has no UTF-8 form, and Java's encoder, which the PostgreSQL driver uses,
 * writes {@code ?} in its place without a word ({@code String.getBytes}: "malformed-input and
 * unmappable-character sequences" become the charset's default replacement).</li>
 * </ul>
 * U+FFFD (REPLACEMENT CHARACTER, Unicode 15, section 23.8) rather than removal, so a reader sees that something
 * was there. The event log keeps the original.
 */
final class UnstorableCharacters {

    static final char REPLACEMENT = '\uFFFD';
    private static final int MOST_POSITIONS_NAMED = 10;

    private UnstorableCharacters() {
    }

    /** {@code text} with every unstorable character replaced, and what was replaced where; {@code null} if none. */
    static Replaced in(String text) {
        StringBuilder cleaned = null;
        List<String> found = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (cleaned != null) {
                    cleaned.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean unstorable = c == '\u0000' || Character.isSurrogate(c);
            if (unstorable && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
                found = new ArrayList<>();
            }
            if (unstorable) {
                found.add(String.format("U+%04X at %d", (int) c, i));
            }
            if (cleaned != null) {
                cleaned.append(unstorable ? REPLACEMENT : c);
            }
        }
        return cleaned == null ? null : new Replaced(cleaned.toString(), describe(found));
    }

    private static String describe(List<String> found) {
        String named = String.join(", ", found.subList(0, Math.min(found.size(), MOST_POSITIONS_NAMED)));
        String more = found.size() > MOST_POSITIONS_NAMED ? " and " + (found.size() - MOST_POSITIONS_NAMED) + " more" : "";
        return named + more + " replaced by U+FFFD";
    }

    /** The storable copy and a description of what changed ("U+0000 at 4 replaced by U+FFFD"). */
    record Replaced(String text, String description) {
    }
}
