package se.valedger.inspection;

/**
 * What the rule table knows of the inspected pipe: its nominal diameter (mm) and whether it is rigid; either may be
 * unknown (null), and then the rule falls back to absolute limits and says so.
 */
public record PipeContext(Integer diameterMm, Boolean rigid) {

    public static final PipeContext UNKNOWN = new PipeContext(null, null);
}
