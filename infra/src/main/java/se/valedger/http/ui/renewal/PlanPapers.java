package se.valedger.http.ui.renewal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import se.valedger.http.api.renewal.PaperSettings;
import se.valedger.http.api.renewal.RenewalWorkbooks;
import se.valedger.http.ui.forms.FormActions;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.UtilityTime;
import se.valedger.renewal.FindRenewalPlan;
import se.valedger.renewal.RenewalPlanView;
import se.valedger.renewal.ReturnRenewalPlan;

/**
 * A plan on paper for the technical committee: the print view ({@code /renewal/plans/{id}/print}, A4, the
 * municipality, the date, author and approver), the same as xlsx ({@code /renewal/plans/{id}/export}), and the
 * reviewer's "return with a reason" form.
 */
@Controller
@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN', 'AUDITOR')")
class PlanPapers {

    private final QueryGateway queries;
    private final CommandSender commands;
    private final FormActions forms;
    private final RenewalWorkbooks workbooks;
    private final PaperSettings papers;
    private final Clock clock;

    PlanPapers(QueryGateway queries, CommandSender commands, FormActions forms, RenewalWorkbooks workbooks,
               PaperSettings papers, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.forms = forms;
        this.workbooks = workbooks;
        this.papers = papers;
        this.clock = clock;
    }

    private RenewalPlanView plan(String id) {
        return queries.query(new FindRenewalPlan(id), ResponseTypes.optionalInstanceOf(RenewalPlanView.class)).join()
                .orElseThrow(() -> new NotFound("No renewal plan with id " + id));
    }

    @GetMapping("/renewal/plans/{id}/print")
    String print(@PathVariable String id, Model model) {
        model.addAttribute("plan", plan(id));
        model.addAttribute("municipality", papers.municipality());
        model.addAttribute("today", UtilityTime.today(clock));
        return "renewal/print";
    }

    @GetMapping("/renewal/plans/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(RenewalWorkbooks.XLSX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("renewal-plan-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbooks.plan(plan(id)));
    }

    @PostMapping("/renewal/plans/{id}/return")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    String returnPlan(@PathVariable String id, @RequestParam(required = false) String reason,
                      @RequestParam String idempotencyKey, Authentication user, RedirectAttributes flash) {
        return forms.run(user, idempotencyKey, link(id, null),
                () -> commands.send(new ReturnRenewalPlan(id, user.getName(), reason == null ? null : reason.strip()), id),
                position -> link(id, position), flash);
    }

    private static String link(String planId, Long position) {
        var uri = UriComponentsBuilder.fromPath("/renewal/plans/{id}");
        if (position != null) {
            uri.queryParam("minPosition", position);
        }
        return uri.buildAndExpand(planId).encode().toUriString();
    }
}
