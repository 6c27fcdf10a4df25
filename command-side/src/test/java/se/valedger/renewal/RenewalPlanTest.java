package se.valedger.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.RuleViolated;
import se.valedger.pipe.Material;
import se.valedger.pipe.PipeStatus;
import se.valedger.pipe.RenewalMethod;

class RenewalPlanTest {

    static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    static final String PLAN = "plan-2027";

    FixtureConfiguration<RenewalPlan> fixture;
    InMemoryOpenPlanItems openItems;
    Map<String, PipeStatus> register;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RenewalPlan.class);
        openItems = new InMemoryOpenPlanItems();
        register = new HashMap<>(Map.of("VA-1", PipeStatus.IN_SERVICE, "VA-2", PipeStatus.IN_SERVICE,
                "VA-3", PipeStatus.IN_SERVICE, "VA-OLD", PipeStatus.DECOMMISSIONED));
        PipeStatusLookup lookup = pipeId -> Optional.ofNullable(register.get(pipeId));
        fixture.registerInjectableResource(NOVEMBER_2026);
        fixture.registerInjectableResource(openItems);
        fixture.registerInjectableResource(lookup);
    }

    static RenewalPlanDrafted drafted() {
        return new RenewalPlanDrafted(PLAN, 2027, null, 1_000_000, "anna");
    }

    static PlanItemAdded added(String pipeId, long cost) {
        return new PlanItemAdded(PLAN, pipeId, RenewalMethod.RELINING, cost);
    }

    static RenewalPlanSubmitted submitted(long total) {
        return new RenewalPlanSubmitted(PLAN, "anna", total, 1_000_000);
    }

    @Test
    void aPlanIsDraftedByItsAuthorWithItsBudget() {
        fixture.givenNoPriorActivity()
                .when(new DraftRenewalPlan(PLAN, 2027, null, 1_000_000L, "anna", List.of()))
                .expectEvents(drafted());
    }

    @Test
    void aProposalBecomesADraftWithItsItemsInOneCommand() {
        fixture.givenNoPriorActivity()
                .when(new DraftRenewalPlan(PLAN, 2027, null, 1_000_000L, "anna", List.of(
                        new PlanItem("VA-1", RenewalMethod.RELINING, 400_000L),
                        new PlanItem("VA-2", RenewalMethod.RELINING, 300_000L))))
                .expectEvents(drafted(), added("VA-1", 400_000), added("VA-2", 300_000));
        assertThat(openItems.holders).containsEntry("VA-1", PLAN).containsEntry("VA-2", PLAN);
    }

    @Test
    void aPlanNeedsAYearOrAProgramme() {
        fixture.givenNoPriorActivity()
                .when(new DraftRenewalPlan(PLAN, null, " ", 1_000_000L, "anna", List.of()))
                .expectException(InvalidInput.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DraftRenewalPlan(PLAN, null, "Centrum 2027-2030", 1_000_000L, "anna", List.of()))
                .expectEvents(new RenewalPlanDrafted(PLAN, null, "Centrum 2027-2030", 1_000_000, "anna"));
    }

    @Test
    void aBudgetMustBePositive() {
        fixture.givenNoPriorActivity()
                .when(new DraftRenewalPlan(PLAN, 2027, null, 0L, "anna", List.of()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("budgetSek is more than 0 and at most 1000000000000 SEK, was 0");
    }

    @Test
    void aPipeListedTwiceInADraftIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftRenewalPlan(PLAN, 2027, null, 1_000_000L, "anna", List.of(
                        new PlanItem("VA-1", RenewalMethod.RELINING, 1L), new PlanItem("VA-1", RenewalMethod.RELINING, 1L))))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anItemIsAddedAndRemovedWhileTheDraftIsOpen() {
        fixture.given(drafted())
                .when(new AddPlanItem(PLAN, "VA-1", RenewalMethod.PIPE_BURSTING, 250_000L))
                .expectEvents(new PlanItemAdded(PLAN, "VA-1", RenewalMethod.PIPE_BURSTING, 250_000));
        assertThat(openItems.holders).containsEntry("VA-1", PLAN);

        fixture.given(drafted(), added("VA-1", 250_000))
                .when(new RemovePlanItem(PLAN, "VA-1"))
                .expectEvents(new PlanItemRemoved(PLAN, "VA-1"));
        assertThat(openItems.holders).doesNotContainKey("VA-1");
    }

    @Test
    void removingAPipeThatIsNotInThePlanNamesTheField() {
        fixture.given(drafted())
                .when(new RemovePlanItem(PLAN, "VA-9"))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aPipeInAnotherOpenPlanIsRefused() {
        openItems.holders.put("VA-1", "plan-other");
        fixture.given(drafted())
                .when(new AddPlanItem(PLAN, "VA-1", RenewalMethod.RELINING, 100L))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("pipe VA-1 is already in open plan plan-other; remove it there first")
                .expectNoEvents();
    }

    @Test
    void aPipeAlreadyInThisPlanIsNotAddedTwice() {
        fixture.given(drafted(), added("VA-1", 100))
                .when(new AddPlanItem(PLAN, "VA-1", RenewalMethod.RELINING, 100L))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void aDecommissionedPipeCannotBePlanned() {
        fixture.given(drafted())
                .when(new AddPlanItem(PLAN, "VA-OLD", RenewalMethod.RELINING, 100L))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("pipe VA-OLD is decommissioned and cannot be planned for renewal")
                .expectNoEvents();
        assertThat(openItems.holders).doesNotContainKey("VA-OLD");
    }

    @Test
    void anUnregisteredPipeCannotBePlanned() {
        fixture.given(drafted())
                .when(new AddPlanItem(PLAN, "NO-SUCH", RenewalMethod.RELINING, 100L))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anItemNeedsAMethodAndAPositiveCost() {
        fixture.given(drafted())
                .when(new AddPlanItem(PLAN, "VA-1", null, 100L))
                .expectException(InvalidInput.class);
        fixture.given(drafted())
                .when(new AddPlanItem(PLAN, "VA-1", RenewalMethod.RELINING, -5L))
                .expectException(InvalidInput.class);
    }

    @Test
    void aPlanWithinItsBudgetIsSubmittedWithItsTotal() {
        fixture.given(drafted(), added("VA-1", 600_000), added("VA-2", 400_000))
                .when(new SubmitRenewalPlan(PLAN, "anna"))
                .expectEvents(submitted(1_000_000));
    }

    @Test
    void aPlanOverItsBudgetIsNotSubmitted() {
        fixture.given(drafted(), added("VA-1", 600_000), added("VA-2", 400_001))
                .when(new SubmitRenewalPlan(PLAN, "anna"))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the plan's items cost 1000001 SEK, 1 SEK more than its budget of 1000000 SEK")
                .expectNoEvents();
    }

    @Test
    void anEmptyPlanIsNotSubmitted() {
        fixture.given(drafted())
                .when(new SubmitRenewalPlan(PLAN, "anna"))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void aSecondPlannerApproves() {
        fixture.given(drafted(), added("VA-1", 100), submitted(100))
                .when(new ApproveRenewalPlan(PLAN, "bertil"))
                .expectEvents(new RenewalPlanApproved(PLAN, "bertil"));
    }

    @Test
    void theAuthorCannotApproveTheirOwnPlan() {
        fixture.given(drafted(), added("VA-1", 100), submitted(100))
                .when(new ApproveRenewalPlan(PLAN, "anna"))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("a plan is reviewed by someone other than its author (anna); ask another planner "
                        + "to approve or return it")
                .expectNoEvents();
        fixture.given(drafted(), added("VA-1", 100), submitted(100))
                .when(new ApproveRenewalPlan(PLAN, " ANNA "))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void theAuthorCannotReturnTheirOwnPlanEither() {
        fixture.given(drafted(), added("VA-1", 100), submitted(100))
                .when(new ReturnRenewalPlan(PLAN, "anna", "not like this"))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void aDraftCannotBeApprovedBeforeItIsSubmitted() {
        fixture.given(drafted(), added("VA-1", 100))
                .when(new ApproveRenewalPlan(PLAN, "bertil"))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("a plan is approved only when it is submitted; this one is draft")
                .expectNoEvents();
    }

    @Test
    void aReturnedPlanIsEditedAndSubmittedAgain() {
        fixture.given(drafted(), added("VA-1", 100), submitted(100),
                        new RenewalPlanReturned(PLAN, "bertil", "VA-2 first"))
                .when(new AddPlanItem(PLAN, "VA-2", RenewalMethod.RELINING, 200L))
                .expectEvents(added("VA-2", 200));
        fixture.given(drafted(), added("VA-1", 100), submitted(100),
                        new RenewalPlanReturned(PLAN, "bertil", "VA-2 first"), added("VA-2", 200))
                .when(new SubmitRenewalPlan(PLAN, "anna"))
                .expectEvents(new RenewalPlanSubmitted(PLAN, "anna", 300, 1_000_000));
    }

    @Test
    void aReturnNeedsAReason() {
        fixture.given(drafted(), added("VA-1", 100), submitted(100))
                .when(new ReturnRenewalPlan(PLAN, "bertil", " "))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aSubmittedPlanDoesNotChangeWhileUnderReview() {
        fixture.given(drafted(), added("VA-1", 100), submitted(100))
                .when(new AddPlanItem(PLAN, "VA-2", RenewalMethod.RELINING, 100L))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void anApprovedPlanIsFrozen() {
        Object[] approved = {drafted(), added("VA-1", 100), submitted(100), new RenewalPlanApproved(PLAN, "bertil")};
        fixture.given(approved)
                .when(new AddPlanItem(PLAN, "VA-2", RenewalMethod.RELINING, 100L))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the plan is approved and frozen; only its items' execution changes it")
                .expectNoEvents();
        fixture.given(approved)
                .when(new RemovePlanItem(PLAN, "VA-1"))
                .expectException(RuleViolated.class)
                .expectNoEvents();
        fixture.given(approved)
                .when(new SubmitRenewalPlan(PLAN, "anna"))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void anApprovedItemIsExecutedOnceWithItsEstimateAsDefaultCost() {
        Object[] approved = {drafted(), added("VA-1", 100), submitted(100), new RenewalPlanApproved(PLAN, "bertil")};
        fixture.given(approved)
                .when(new ExecutePlanItem(PLAN, "VA-1", Material.GRP, 2026, null))
                .expectEvents(new PlanItemExecuted(PLAN, "VA-1", RenewalMethod.RELINING, Material.GRP, 2026, 100));
        fixture.given(approved)
                .andGiven(new PlanItemExecuted(PLAN, "VA-1", RenewalMethod.RELINING, Material.GRP, 2026, 100))
                .when(new ExecutePlanItem(PLAN, "VA-1", Material.GRP, 2026, null))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void anItemIsNotExecutedBeforeApprovalNorInTheFuture() {
        fixture.given(drafted(), added("VA-1", 100), submitted(100))
                .when(new ExecutePlanItem(PLAN, "VA-1", Material.GRP, 2026, null))
                .expectException(RuleViolated.class)
                .expectNoEvents();
        fixture.given(drafted(), added("VA-1", 100), submitted(100), new RenewalPlanApproved(PLAN, "bertil"))
                .when(new ExecutePlanItem(PLAN, "VA-1", Material.GRP, 2027, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
        fixture.given(drafted(), added("VA-1", 100), submitted(100), new RenewalPlanApproved(PLAN, "bertil"))
                .when(new ExecutePlanItem(PLAN, "VA-1", null, 2026, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aRenewalIsDispatchedOncePerExecutedItem() {
        Object[] executed = {drafted(), added("VA-1", 100), submitted(100), new RenewalPlanApproved(PLAN, "bertil"),
                new PlanItemExecuted(PLAN, "VA-1", RenewalMethod.RELINING, Material.GRP, 2026, 100)};
        fixture.given(executed)
                .when(new MarkPipeRenewalDispatched(PLAN, "VA-1"))
                .expectEvents(new PipeRenewalDispatched(PLAN, "VA-1"))
                .expectResultMessagePayload(true);
        fixture.given(executed)
                .andGiven(new PipeRenewalDispatched(PLAN, "VA-1"))
                .when(new MarkPipeRenewalDispatched(PLAN, "VA-1"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aPlanIsCompletedWhenEveryItemIsExecutedAndFreesItsPipes() {
        openItems.holders.put("VA-1", PLAN);
        openItems.holders.put("VA-2", PLAN);
        Object[] approved = {drafted(), added("VA-1", 100), added("VA-2", 200), submitted(300),
                new RenewalPlanApproved(PLAN, "bertil"),
                new PlanItemExecuted(PLAN, "VA-1", RenewalMethod.RELINING, Material.GRP, 2026, 90)};
        fixture.given(approved)
                .when(new CompleteRenewalPlan(PLAN))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("1 item(s) are not executed yet: VA-2")
                .expectNoEvents();
        assertThat(openItems.holders).containsKeys("VA-1", "VA-2");
        fixture.given(approved)
                .andGiven(new PlanItemExecuted(PLAN, "VA-2", RenewalMethod.RELINING, Material.GRP, 2026, 250))
                .when(new CompleteRenewalPlan(PLAN))
                .expectEvents(new RenewalPlanCompleted(PLAN, 340));
        assertThat(openItems.holders).isEmpty();
    }

    @Test
    void aCompletedPlanChangesNoMore() {
        Object[] completed = {drafted(), added("VA-1", 100), submitted(100), new RenewalPlanApproved(PLAN, "bertil"),
                new PlanItemExecuted(PLAN, "VA-1", RenewalMethod.RELINING, Material.GRP, 2026, 100),
                new RenewalPlanCompleted(PLAN, 100)};
        fixture.given(completed)
                .when(new AddPlanItem(PLAN, "VA-2", RenewalMethod.RELINING, 100L))
                .expectException(RuleViolated.class);
        fixture.given(completed)
                .when(new CompleteRenewalPlan(PLAN))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }
}
