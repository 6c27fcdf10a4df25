package se.valedger.pipe;

/** Which of the three networks (or a combined sewer) a pipe belongs to. */
public enum NetworkKind {
    DRINKING_WATER,
    WASTEWATER,
    STORMWATER,
    COMBINED
}
