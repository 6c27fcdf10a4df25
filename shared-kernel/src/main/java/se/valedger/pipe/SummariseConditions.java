package se.valedger.pipe;

import java.util.List;

/** How much of the network in service is in each latest condition grade (null: never inspected). */
public record SummariseConditions() {

    /** The answer: one row per grade present, ungraded last. */
    public record Summary(List<GradeShare> grades) {

        public Summary {
            grades = grades == null ? List.of() : List.copyOf(grades);
        }
    }

    public record GradeShare(Integer grade, long pipes, double lengthM) {
    }
}
