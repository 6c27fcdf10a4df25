package se.valedger.backlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.valedger.pipe.NetworkKind;
import se.valedger.risk.RiskFactor;

/** One work item with its risk and the factors that made it. */
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
        List<RiskFactor> explanation) {
}
