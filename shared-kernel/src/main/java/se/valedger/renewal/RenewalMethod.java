package se.valedger.renewal;

/** How a pipe is renewed: lined from inside, burst and replaced in its own track, or dug up and relaid. */
public enum RenewalMethod {
    RELINING,
    PIPE_BURSTING,
    OPEN_CUT_REPLACEMENT
}
