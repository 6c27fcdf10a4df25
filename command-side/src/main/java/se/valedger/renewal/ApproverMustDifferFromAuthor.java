package se.valedger.renewal;

import se.valedger.kernel.RuleViolated;

/** Four eyes: the person who approves (or returns) a plan is never the person who wrote it. */
final class ApproverMustDifferFromAuthor {

    private ApproverMustDifferFromAuthor() {
    }

    static void check(String author, String reviewer) {
        if (reviewer == null || reviewer.isBlank() || reviewer.strip().equalsIgnoreCase(author.strip())) {
            throw new RuleViolated("ApproverMustDifferFromAuthor", "a plan is reviewed by someone other than its author ("
                    + author + "); ask another planner to approve or return it");
        }
    }
}
