package se.valedger.pipe;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * How a pipe is renewed: lined from inside, burst and replaced in its own track, or dug up and relaid.
 * One word for the pipe ({@code PipeRenewed}, the register) and the planner (plan events, the unit-cost
 * table, {@code valedger.renewal.unit-costs.<METHOD>}); it lives here because renewal already depends on pipe.
 * Until issue 15 the pipe had its own enum whose open-cut constant was {@code OPEN_CUT}: stored
 * {@code PipeRenewed} events, register rows and older API clients still use that name, so JSON and
 * {@link #of(String)} read it as {@link #OPEN_CUT_REPLACEMENT}.
 */
public enum RenewalMethod {
    RELINING,
    PIPE_BURSTING,
    @JsonAlias(RenewalMethod.OLD_PIPE_OPEN_CUT)
    OPEN_CUT_REPLACEMENT;

    static final String OLD_PIPE_OPEN_CUT = "OPEN_CUT";

    /** The method with this name, also under the pipe's old name {@code OPEN_CUT}; null for null. */
    public static RenewalMethod of(String name) {
        if (name == null) {
            return null;
        }
        return OLD_PIPE_OPEN_CUT.equals(name) ? OPEN_CUT_REPLACEMENT : valueOf(name);
    }
}
