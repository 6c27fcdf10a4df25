package se.valedger.renewal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import se.valedger.pipe.RenewalMethod;

/**
 * Spends a budget down a ranked list. Candidates are ranked by the strategy; each is taken if its
 * cost still fits what is left, else it is skipped and the next one is tried, so a proposal never
 * exceeds its budget and a cheaper lower-ranked pipe may use money a dearer one could not.
 */
public record RenewalProposer(RenewalUnitCosts costs, PipeRiskAssessor risk) {

    private record Candidate(NetworkPipe pipe, PipeRisk risk, int age) {
    }

    public RenewalProposal propose(Collection<NetworkPipe> candidates, int year, long budgetSek, ProposalStrategy strategy) {
        return propose(candidates, year, budgetSek, strategy, true);
    }

    /** Without {@code explain} the items carry their risk numbers but not the words (forecasts need no words). */
    public RenewalProposal propose(Collection<NetworkPipe> candidates, int year, long budgetSek, ProposalStrategy strategy,
                                   boolean explain) {
        List<ProposedRenewal> items = new ArrayList<>();
        long total = 0;
        double length = 0;
        int skipped = 0;
        if (strategy != ProposalStrategy.DO_NOTHING) {
            List<Candidate> ranked = new ArrayList<>(candidates.size());
            for (NetworkPipe pipe : candidates) {
                ranked.add(new Candidate(pipe, risk.rank(pipe, year), Math.max(0, year - pipe.installationYear())));
            }
            ranked.sort(order(strategy));
            for (Candidate c : ranked) {
                RenewalMethod method = RenewalDefaults.methodFor(c.pipe());
                long cost = costs.estimateSek(method, c.pipe().diameterMm(), c.pipe().lengthM());
                if (total + cost > budgetSek) {
                    skipped++;
                    continue;
                }
                total += cost;
                length += c.pipe().lengthM();
                NetworkPipe p = c.pipe();
                items.add(new ProposedRenewal(items.size() + 1, p.pipeId(), p.networkKind(), p.material(), p.diameterMm(),
                        p.lengthM(), p.installationYear(), c.age(), p.latestGrade(), method, cost, total,
                        explain ? risk.assess(p, year) : c.risk()));
            }
        }
        return new RenewalProposal(year, budgetSek, strategy, List.copyOf(items), total, budgetSek - total, length,
                candidates.size(), skipped, List.of());
    }

    private static Comparator<Candidate> order(ProposalStrategy strategy) {
        Comparator<Candidate> byRisk = Comparator.<Candidate>comparingInt(c -> c.risk().score()).reversed()
                .thenComparing(Comparator.<Candidate>comparingInt(c -> c.risk().likelihood()).reversed());
        Comparator<Candidate> byId = Comparator.comparing(c -> c.pipe().pipeId());
        return switch (strategy) {
            case HIGHEST_RISK -> byRisk.thenComparing(Comparator.<Candidate>comparingInt(Candidate::age).reversed())
                    .thenComparing(byId);
            case OLDEST_FIRST -> Comparator.<Candidate>comparingInt(c -> c.pipe().installationYear())
                    .thenComparing(byRisk).thenComparing(byId);
            case WORST_CONDITION -> Comparator.<Candidate>comparingInt(
                            c -> c.pipe().latestGrade() == null ? 0 : c.pipe().latestGrade()).reversed()
                    .thenComparing(byRisk).thenComparing(byId);
            case DO_NOTHING -> byId;
        };
    }
}
