package se.valedger.backlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.valedger.inspection.PipeCondition;
import se.valedger.pipe.NetworkKind;
import se.valedger.risk.RiskFactor;

/**
 * One work item with its risk and the factors that made it. {@code condition} is the condition the item is scored
 * with (its inspection's, or the pipe's latest), null and {@code inspected} false when the pipe was never inspected;
 * {@code scoredAsOf} the date the risk is scored as of.
 */
public record BacklogItem(
        String itemId,
        BacklogSource source,
        String sourceId,
        String pipeId,
        BacklogStatus status,
        NetworkKind networkKind,
        String district,
        Integer grade,
        LocalDate foundOn,
        Instant dueAt,
        int likelihood,
        int consequence,
        int risk,
        String riskVersion,
        List<RiskFactor> explanation,
        PipeCondition condition,
        boolean inspected,
        LocalDate scoredAsOf) {
}
