package se.valedger.pipe;

/**
 * A page of the register, optionally filtered, ids in natural order (VA-2 before VA-10). Answers {@link PipePage}.
 *
 * <p>{@code district} matches exactly unless {@code districtPrefix}, then by prefix ignoring case (the register
 * page's search, issue 21).
 */
public record FindPipes(NetworkKind networkKind, String district, String idPrefix, int page, int size,
                        boolean districtPrefix) {

    /** An exact district, as the API and the map ask. */
    public FindPipes(NetworkKind networkKind, String district, String idPrefix, int page, int size) {
        this(networkKind, district, idPrefix, page, size, false);
    }
}
