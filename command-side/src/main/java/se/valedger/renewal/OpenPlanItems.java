package se.valedger.renewal;

import java.util.Optional;

/**
 * Which open plan holds which pipe: the write side's own lookup for the rule that a pipe is in at
 * most one open plan ({@link PipeInAtMostOneOpenPlan}). An aggregate sees only its own stream, so the
 * rule needs this set across plans. The JDBC implementation writes in the command's own transaction
 * with a unique key on the pipe, so two plans claiming one pipe at once cannot both win, and a
 * refused or failed command leaves no claim behind.
 */
public interface OpenPlanItems {

    /** Claims the pipe for the plan. Answers the plan that already holds it, if another one does. */
    Optional<String> claim(String pipeId, String planId);

    void release(String pipeId, String planId);

    void releaseAll(String planId);
}
