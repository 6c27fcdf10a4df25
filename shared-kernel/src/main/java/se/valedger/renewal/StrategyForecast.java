package se.valedger.renewal;

import java.util.List;

/**
 * One strategy's forecast. {@code renewalRatePercentPerYear} is the share of the network's length it
 * renews in an average year; {@code renewalNeedPercentPerYear} the rule-of-thumb need (about 1 %, a
 * century's turnover) and {@code modelNeedPercentPerYear} what the survival model says reaches the end
 * of its life in the first year.
 */
public record StrategyForecast(
        ProposalStrategy strategy,
        double renewalRatePercentPerYear,
        double renewalNeedPercentPerYear,
        double modelNeedPercentPerYear,
        List<ForecastPoint> points) {
}
