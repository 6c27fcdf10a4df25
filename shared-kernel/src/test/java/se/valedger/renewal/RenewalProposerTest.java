package se.valedger.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.RenewalMethod;

/**
 * A hand-built network of five 200 mm wastewater pipes in 2027, each relined at 4 500 SEK/m (the default
 * band up to 300 mm), scored with the backlog's RiskScore (service lives from se.valedger.pipe.ServiceLife:
 * concrete 75, PVC 60, vitrified clay 90 years; break history unknown: 3 points).
 * Inspected pipes (a structural class, inspection date unknown: taken as this year): the class decides the
 * likelihood (1 -> 1, 2 -> 2, 3 -> 4, 4 -> 5). C was never inspected: round(0.6 age + 0.3 x 3 + 0.1 length).
 * Consequence = round(0.3 x 2 (DN 200) + 0.3 x 3 (wastewater) + 0.4 class) = round(1.5 + 0.4 class).
 * <pre>
 *  pipe  material  laid  age/life       class  likelihood              class  consequence  risk  length  cost
 *  A     CONCRETE  1950  77/75  -> 4    4      5                         3    2.7 -> 3     15    100 m   450 000
 *  B     PVC       1990  37/60  -> 2    2      2                         5    3.5 -> 4      8    100 m   450 000
 *  C     CLAY      1930  97/90  -> 4    none   2.4+0.9+0.3=3.6 -> 4      2    2.3 -> 2      8    200 m   900 000
 *  D     CONCRETE  1965  62/75  -> 3    3      4                         4    3.1 -> 3     12     50 m   225 000
 *  E     PVC       2010  17/60  -> 1    1      1                         1    1.9 -> 2      2     20 m    90 000
 * </pre>
 * B and C tie on risk; C, the more likely to fail, ranks first.
 */
class RenewalProposerTest {

    static final int YEAR = 2027;
    static final long BUDGET = 1_000_000;

    static NetworkPipe sewer(String id, Material material, int laid, Integer grade, int consequenceClass, double lengthM) {
        return new NetworkPipe(id, NetworkKind.WASTEWATER, material, 200, lengthM, laid, consequenceClass, grade);
    }

    static final List<NetworkPipe> NETWORK = List.of(
            sewer("A", Material.CONCRETE, 1950, 4, 3, 100),
            sewer("B", Material.PVC, 1990, 2, 5, 100),
            sewer("C", Material.VITRIFIED_CLAY, 1930, null, 2, 200),
            sewer("D", Material.CONCRETE, 1965, 3, 4, 50),
            sewer("E", Material.PVC, 2010, 1, 1, 20));

    final RenewalProposer proposer = new RenewalProposer(RenewalUnitCosts.swedishDefaults(), RenewalSeams.RISK);

    static List<String> ids(RenewalProposal proposal) {
        return proposal.items().stream().map(ProposedRenewal::pipeId).toList();
    }

    @Test
    void highestRiskSpendsDownTheRiskRankingAndSkipsWhatNoLongerFits() {
        RenewalProposal proposal = proposer.propose(NETWORK, YEAR, BUDGET, ProposalStrategy.HIGHEST_RISK);

        // A 450 000, D 225 000 (675 000); B would make 1 125 000, C 1 575 000: skipped; E 90 000 fits (765 000).
        assertThat(ids(proposal)).containsExactly("A", "D", "E");
        assertThat(proposal.items()).extracting(ProposedRenewal::runningTotalSek).containsExactly(450_000L, 675_000L, 765_000L);
        assertThat(proposal.totalCostSek()).isEqualTo(765_000);
        assertThat(proposal.remainingBudgetSek()).isEqualTo(235_000);
        assertThat(proposal.skippedOverBudget()).isEqualTo(2);
        assertThat(proposal.renewedLengthM()).isEqualTo(170.0);
        ProposedRenewal first = proposal.items().get(0);
        assertThat(first.pipeId()).isEqualTo("A");
        assertThat(first.risk().likelihood()).isEqualTo(5);
        assertThat(first.risk().consequence()).isEqualTo(3);
        assertThat(first.risk().score()).isEqualTo(15);
        assertThat(first.risk().explanation()).contains("structural condition structural class 4")
                .contains("77 of 75 years (103 %) -> 4").contains("break history unknown -> 3").contains("15/25")
                .contains(se.valedger.risk.RiskScore.VERSION);
        assertThat(first.method()).isEqualTo(RenewalMethod.RELINING);
        assertThat(first.rank()).isEqualTo(1);
    }

    @Test
    void oldestFirstTakesTheOldestPipesThatFit() {
        RenewalProposal proposal = proposer.propose(NETWORK, YEAR, BUDGET, ProposalStrategy.OLDEST_FIRST);
        // C 900 000; A, D, B no longer fit; E 90 000 does (990 000).
        assertThat(ids(proposal)).containsExactly("C", "E");
        assertThat(proposal.totalCostSek()).isEqualTo(990_000);
    }

    @Test
    void worstConditionTakesTheWorstGradesFirstAndUninspectedLast() {
        RenewalProposal proposal = proposer.propose(NETWORK, YEAR, BUDGET, ProposalStrategy.WORST_CONDITION);
        // A (4) 450 000, D (3) 675 000, B (2) skipped, E (1) 765 000, C (never inspected) skipped.
        assertThat(ids(proposal)).containsExactly("A", "D", "E");
    }

    @Test
    void doingNothingRenewsNothing() {
        RenewalProposal proposal = proposer.propose(NETWORK, YEAR, BUDGET, ProposalStrategy.DO_NOTHING);
        assertThat(proposal.items()).isEmpty();
        assertThat(proposal.remainingBudgetSek()).isEqualTo(BUDGET);
    }

    @Test
    void noProposalEverExceedsItsBudget() {
        for (ProposalStrategy strategy : ProposalStrategy.values()) {
            for (long budget = 0; budget <= 2_200_000; budget += 25_000) {
                RenewalProposal proposal = proposer.propose(NETWORK, YEAR, budget, strategy);
                assertThat(proposal.totalCostSek()).as(strategy + " at " + budget).isLessThanOrEqualTo(budget);
                long sum = proposal.items().stream().mapToLong(ProposedRenewal::costSek).sum();
                assertThat(sum).isEqualTo(proposal.totalCostSek());
            }
        }
        assertThat(ids(proposer.propose(NETWORK, YEAR, 2_115_000, ProposalStrategy.HIGHEST_RISK)))
                .containsExactly("A", "D", "C", "B", "E");
    }

    @Test
    void unitCostsComeFromOneOverridableTable() {
        RenewalUnitCosts costs = RenewalUnitCosts.swedishDefaults();
        assertThat(costs.sekPerMetre(RenewalMethod.RELINING, 200)).isEqualTo(4_500);
        assertThat(costs.sekPerMetre(RenewalMethod.OPEN_CUT_REPLACEMENT, 160)).isEqualTo(9_000);
        assertThat(costs.sekPerMetre(RenewalMethod.PIPE_BURSTING, 161)).isEqualTo(6_000);
        assertThat(costs.estimateSek(RenewalMethod.RELINING, 200, 120.5)).isEqualTo(542_250);
        RenewalUnitCosts local = costs.with(RenewalMethod.RELINING, 300, 5_000);
        assertThat(local.sekPerMetre(RenewalMethod.RELINING, 200)).isEqualTo(5_000);
        assertThat(costs.sekPerMetre(RenewalMethod.RELINING, 200)).isEqualTo(4_500);
    }

    @Test
    void strategiesAreNamedAsInTheApi() {
        assertThat(ProposalStrategy.of("highest-risk")).isEqualTo(ProposalStrategy.HIGHEST_RISK);
        assertThat(ProposalStrategy.of("do-nothing")).isEqualTo(ProposalStrategy.DO_NOTHING);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProposalStrategy.of("cheapest"))
                .isInstanceOf(se.valedger.kernel.InvalidInput.class).hasMessageContaining("highest-risk");
    }
}
