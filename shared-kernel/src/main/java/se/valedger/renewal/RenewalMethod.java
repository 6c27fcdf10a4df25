package se.valedger.renewal;

/**
 * How a pipe is renewed: lined from inside, burst and replaced in its own track, or dug up and relaid.
 * The planner's words (in stored plan events, the API and the unit-cost table); {@link #pipeMethod()}
 * is the same method as the pipe records it.
 */
public enum RenewalMethod {
    RELINING(se.valedger.pipe.RenewalMethod.RELINING),
    PIPE_BURSTING(se.valedger.pipe.RenewalMethod.PIPE_BURSTING),
    OPEN_CUT_REPLACEMENT(se.valedger.pipe.RenewalMethod.OPEN_CUT);

    private final se.valedger.pipe.RenewalMethod pipeMethod;

    RenewalMethod(se.valedger.pipe.RenewalMethod pipeMethod) {
        this.pipeMethod = pipeMethod;
    }

    public se.valedger.pipe.RenewalMethod pipeMethod() {
        return pipeMethod;
    }
}
