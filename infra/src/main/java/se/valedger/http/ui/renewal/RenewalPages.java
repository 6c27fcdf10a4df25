package se.valedger.http.ui.renewal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.valedger.app.CommandSender;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.renewal.RenewalPipes;
import se.valedger.http.ui.forms.FormActions;
import se.valedger.http.ui.forms.Problems;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.Material;
import se.valedger.pipe.RenewalMethod;
import se.valedger.renewal.AddPlanItem;
import se.valedger.renewal.ApproveRenewalPlan;
import se.valedger.renewal.CompleteRenewalPlan;
import se.valedger.renewal.DraftRenewalPlan;
import se.valedger.renewal.ExecutePlanItem;
import se.valedger.renewal.FindRenewalPlan;
import se.valedger.renewal.FindRenewalPlans;
import se.valedger.renewal.PlanItem;
import se.valedger.renewal.ProposalStrategy;
import se.valedger.renewal.ProposeRenewals;
import se.valedger.renewal.RemovePlanItem;
import se.valedger.renewal.RenewalPlanView;
import se.valedger.renewal.RenewalProposal;
import se.valedger.renewal.StrategyForecast;
import se.valedger.renewal.SubmitRenewalPlan;

/** Renewal proposals with the four strategies side by side, and plans from draft to execution. */
@Controller
@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN', 'AUDITOR')")
class RenewalPages {

    static final String PLANNING = "renewal-planning";

    private final QueryGateway queries;
    private final CommandSender commands;
    private final FormActions forms;
    private final ReadYourWrites readYourWrites;
    private final RenewalPipes pipes;
    private final RenewalCharts charts;
    private final MessageSource messages;
    private final Clock clock;

    RenewalPages(QueryGateway queries, CommandSender commands, FormActions forms, ReadYourWrites readYourWrites,
                 RenewalPipes pipes, RenewalCharts charts, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.forms = forms;
        this.readYourWrites = readYourWrites;
        this.pipes = pipes;
        this.charts = charts;
        this.messages = messages;
        this.clock = clock;
    }

    /** A proposal is planning: as on the API, PLANNER and ADMIN only (README, role matrix). */
    @GetMapping("/renewal/proposal")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    String proposal(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long budgetSek,
                    @RequestParam(defaultValue = "HIGHEST_RISK") String strategy, Model model) {
        int y = year == null ? UtilityTime.thisYear(clock) + 1 : year;
        ProposalStrategy chosen = ProposalStrategy.of(strategy);
        model.addAttribute("year", y);
        model.addAttribute("budgetSek", budgetSek);
        model.addAttribute("strategy", chosen);
        model.addAttribute("strategies", ProposalStrategy.values());
        if (budgetSek != null) {
            try {
                RenewalProposal proposal = queries.query(new ProposeRenewals(y, budgetSek, chosen, true), RenewalProposal.class).join();
                model.addAttribute("proposal", proposal);
                model.addAttribute("forecastChart", charts.forecast(proposal.forecast()));
                model.addAttribute("forecastRows", rows(proposal.forecast()));
            } catch (RuntimeException failure) {
                var problem = Problems.of(failure);
                if (problem == null) {
                    throw failure;
                }
                model.addAttribute("problem", problem.getDetail());
            }
        }
        return "renewal/proposal";
    }

    /** One row per strategy and horizon (10, 20, 30 years). */
    private static List<Map<String, Object>> rows(List<StrategyForecast> forecast) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (forecast == null) {
            return rows;
        }
        for (StrategyForecast f : forecast) {
            for (var point : f.points()) {
                if (point.afterYears() == 10 || point.afterYears() == 20 || point.afterYears() == 30) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("strategy", f.strategy());
                    row.put("rate", f.renewalRatePercentPerYear());
                    row.put("point", point);
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    @GetMapping("/renewal/plans")
    String plans(@RequestParam(required = false) Long minPosition, Model model) {
        readYourWrites.await(PLANNING, minPosition);
        model.addAttribute("plans", queries.query(new FindRenewalPlans(null),
                ResponseTypes.multipleInstancesOf(RenewalPlanView.class)).join());
        model.addAttribute("year", UtilityTime.thisYear(clock) + 1);
        model.addAttribute("strategies", ProposalStrategy.values());
        return "renewal/plans";
    }

    @GetMapping("/renewal/plans/{id}")
    String plan(@PathVariable String id, @RequestParam(required = false) Long minPosition, Model model) {
        boolean upToDate = readYourWrites.await(PLANNING, minPosition);
        if (minPosition == null) {
            readYourWrites.awaitAggregate(PLANNING, id);
        }
        model.addAttribute("plan", queries.query(new FindRenewalPlan(id),
                ResponseTypes.optionalInstanceOf(RenewalPlanView.class)).join()
                .orElseThrow(() -> new NotFound("No renewal plan with id " + id)));
        model.addAttribute("behind", !upToDate);
        model.addAttribute("methods", RenewalMethod.values());
        model.addAttribute("materials", Material.values());
        model.addAttribute("thisYear", UtilityTime.thisYear(clock));
        return "renewal/plan";
    }

    @PostMapping("/renewal/plans")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    String draft(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long budgetSek,
                 @RequestParam(required = false) String programme, @RequestParam(required = false) String fromProposal,
                 @RequestParam String idempotencyKey, Authentication user, RedirectAttributes flash) {
        String planId = UUID.nameUUIDFromBytes(("plan:" + user.getName() + ":" + idempotencyKey).getBytes()).toString();
        return forms.run(user, idempotencyKey, "/renewal/plans", () -> {
            List<PlanItem> items = new ArrayList<>();
            if (fromProposal != null && !fromProposal.isBlank()) {
                if (year == null || budgetSek == null) {
                    throw new InvalidInput(year == null ? "year" : "budgetSek", text("plan.needsYearAndBudget"));
                }
                RenewalProposal proposal = queries.query(new ProposeRenewals(year, budgetSek,
                        ProposalStrategy.of(fromProposal), false), RenewalProposal.class).join();
                items.addAll(pipes.itemsOf(proposal));
            }
            String name = programme == null || programme.isBlank() ? null : programme.strip();
            return commands.send(new DraftRenewalPlan(planId, year, name, budgetSek == null ? 0 : budgetSek,
                    user.getName(), items), planId);
        }, position -> link(planId, position), flash);
    }

    @PostMapping("/renewal/plans/{id}/items")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    String addItem(@PathVariable String id, @RequestParam String pipeId, @RequestParam(required = false) RenewalMethod method,
                   @RequestParam String idempotencyKey, Authentication user, RedirectAttributes flash) {
        return forms.run(user, idempotencyKey, link(id, null), () -> {
            PlanItem item = pipes.item(pipeId.strip(), method);
            return commands.send(new AddPlanItem(id, item.pipeId(), item.method(), item.estimatedCostSek()), id);
        }, position -> link(id, position), flash);
    }

    @PostMapping("/renewal/plans/{id}/items/remove")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    String removeItem(@PathVariable String id, @RequestParam String pipeId, @RequestParam String idempotencyKey,
                      Authentication user, RedirectAttributes flash) {
        return forms.run(user, idempotencyKey, link(id, null), () -> commands.send(new RemovePlanItem(id, pipeId), id),
                position -> link(id, position), flash);
    }

    @PostMapping("/renewal/plans/{id}/execute")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    String execute(@PathVariable String id, @RequestParam String pipeId, @RequestParam Material newMaterial,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) Long actualCostSek,
                   @RequestParam String idempotencyKey, Authentication user, RedirectAttributes flash) {
        int y = year == null ? UtilityTime.thisYear(clock) : year;
        return forms.run(user, idempotencyKey, link(id, null),
                () -> commands.send(new ExecutePlanItem(id, pipeId, newMaterial, y, actualCostSek), id),
                position -> link(id, position), flash);
    }

    @PostMapping("/renewal/plans/{id}/{action:submit|approve|complete}")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam String idempotencyKey,
               Authentication user, RedirectAttributes flash) {
        Object command = switch (action) {
            case "submit" -> new SubmitRenewalPlan(id, user.getName());
            case "approve" -> new ApproveRenewalPlan(id, user.getName());
            default -> new CompleteRenewalPlan(id);
        };
        return forms.run(user, idempotencyKey, link(id, null), () -> commands.send(command, id),
                position -> link(id, position), flash);
    }

    private static String link(String planId, Long position) {
        var uri = UriComponentsBuilder.fromPath("/renewal/plans/{id}");
        if (position != null) {
            uri.queryParam("minPosition", position);
        }
        return uri.buildAndExpand(planId).encode().toUriString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
