package se.valedger.leak;

/**
 * A page of leak reports; every filter optional. Answers {@link LeakPage}.
 *
 * <p>{@code district} matches the district of the leak's pipe in the register by prefix, ignoring case; a leak
 * without a registered pipe has no district. {@code sort} null means newest first.
 */
public record FindLeaks(LeakStatus status, String pipeId, Boolean overdue, String source, LeakKind kind,
                        String district, LeakSort sort, boolean descending, int page, int size) {

    /** Newest first, without kind or district filter (the API's and the map's query before issue 21). */
    public FindLeaks(LeakStatus status, String pipeId, Boolean overdue, String source, int page, int size) {
        this(status, pipeId, overdue, source, null, null, null, true, page, size);
    }
}
