package se.valedger.renewal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a strategy every year for 30 years with the same budget and reports the network after
 * 10, 20 and 30 years. Each year the strategy's proposal is carried out: those pipes are relaid
 * that year (age 0, the material their method leaves, condition unknown). Condition grades of the
 * other pipes stay at their last inspection, since the future inspections are unknown. Ages count
 * from the installation (or last renewal) year to the forecast year.
 */
public record RenewalForecast(RenewalProposer proposer, ServiceLifeTable serviceLife, CohortSurvival survival) {

    public static final int[] HORIZONS = {10, 20, 30};
    /** About 1 % of the network a year: every pipe renewed once a century. */
    public static final double RENEWAL_NEED_PERCENT_PER_YEAR = 1.0;

    public List<StrategyForecast> compare(List<NetworkPipe> network, int startYear, long budgetSek) {
        return Arrays.stream(ProposalStrategy.values()).map(s -> forecast(network, startYear, budgetSek, s)).toList();
    }

    public StrategyForecast forecast(List<NetworkPipe> network, int startYear, long budgetSek, ProposalStrategy strategy) {
        Map<String, NetworkPipe> state = new HashMap<>();
        network.forEach(p -> state.put(p.pipeId(), p));
        double totalLengthM = network.stream().mapToDouble(NetworkPipe::lengthM).sum();
        List<ForecastPoint> points = new ArrayList<>();
        points.add(snapshot(state.values(), 0, startYear));
        int horizon = HORIZONS[HORIZONS.length - 1];
        double renewedM = 0;
        for (int k = 0; k < horizon; k++) {
            int year = startYear + k;
            RenewalProposal proposal = proposer.propose(state.values(), year, budgetSek, strategy, false);
            for (ProposedRenewal item : proposal.items()) {
                NetworkPipe pipe = state.get(item.pipeId());
                state.put(pipe.pipeId(), pipe.renewed(year, RenewalDefaults.materialAfter(item.method(), pipe.networkKind())));
            }
            renewedM += proposal.renewedLengthM();
            int after = k + 1;
            if (Arrays.stream(HORIZONS).anyMatch(h -> h == after)) {
                points.add(snapshot(state.values(), after, startYear + after));
            }
        }
        double rate = totalLengthM == 0 ? 0 : renewedM / totalLengthM / horizon * 100;
        return new StrategyForecast(strategy, round(rate), RENEWAL_NEED_PERCENT_PER_YEAR,
                round(modelNeed(network, startYear, totalLengthM)), List.copyOf(points));
    }

    private ForecastPoint snapshot(Iterable<NetworkPipe> pipes, int afterYears, int year) {
        double length = 0;
        double ageLength = 0;
        double beyondM = 0;
        double breaks = 0;
        for (NetworkPipe p : pipes) {
            int age = Math.max(0, year - p.installationYear());
            int life = serviceLife.years(p.material());
            length += p.lengthM();
            ageLength += age * p.lengthM();
            if (age > life) {
                beyondM += p.lengthM();
            }
            breaks += survival.expectedBreaksPerYear(p.lengthM() / 1000, age, life);
        }
        return new ForecastPoint(afterYears, year, round(length == 0 ? 0 : ageLength / length), round(beyondM / 1000),
                round(breaks));
    }

    private double modelNeed(List<NetworkPipe> network, int year, double totalLengthM) {
        if (totalLengthM == 0) {
            return 0;
        }
        double reaching = 0;
        for (NetworkPipe p : network) {
            reaching += p.lengthM() * survival.endOfLifeWithinNextYear(Math.max(0, year - p.installationYear()),
                    serviceLife.years(p.material()));
        }
        return reaching / totalLengthM * 100;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
