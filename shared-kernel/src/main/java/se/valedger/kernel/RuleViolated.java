package se.valedger.kernel;

/**
 * A command was well formed but a business rule refuses it in the record's current state
 * (a pipe registered twice, a leak closed before it was repaired). Answered as 409.
 */
public class RuleViolated extends RuntimeException {

    private final String rule;

    public RuleViolated(String rule, String reason) {
        super(reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    public String reason() {
        return getMessage();
    }
}
