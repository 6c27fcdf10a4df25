package se.valedger.pipe;

/** How a pipe was renewed: a liner inside the old pipe, a new pipe pulled through it, or dug up and replaced. */
public enum RenewalMethod {
    RELINING,
    PIPE_BURSTING,
    OPEN_CUT
}
