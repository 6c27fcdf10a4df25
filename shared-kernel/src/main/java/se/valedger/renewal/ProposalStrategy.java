package se.valedger.renewal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.valedger.kernel.InvalidInput;

/** The order in which a proposal spends its budget. */
public enum ProposalStrategy {
    /** Descending risk score; ties by likelihood, then age. */
    HIGHEST_RISK("highest-risk"),
    /** Ascending installation year; ties by risk. */
    OLDEST_FIRST("oldest-first"),
    /** Worst condition grade first (never inspected last); ties by risk. */
    WORST_CONDITION("worst-condition"),
    /** Renew nothing: the baseline every other strategy is compared with. */
    DO_NOTHING("do-nothing");

    private final String code;

    ProposalStrategy(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ProposalStrategy of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code) || s.name().equalsIgnoreCase(code))
                .findFirst().orElseThrow(() -> new InvalidInput("strategy", "'" + code + "' is not a strategy; use one of "
                        + Arrays.stream(values()).map(ProposalStrategy::code).collect(Collectors.joining(", "))));
    }
}
