package se.valedger.http.ui;

import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.valedger.pipe.SummariseConditions;

/** Sign-in and the start page, whose sections depend on the person's roles. */
@Controller
class HomeController {

    private final QueryGateway queryGateway;
    private final Charts charts;

    HomeController(QueryGateway queryGateway, Charts charts) {
        this.queryGateway = queryGateway;
        this.charts = charts;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        boolean planning = authentication.getAuthorities().stream()
                .anyMatch(a -> List.of("ROLE_PLANNER", "ROLE_ADMIN").contains(a.getAuthority()));
        if (planning) {
            SummariseConditions.Summary summary = queryGateway
                    .query(new SummariseConditions(), SummariseConditions.Summary.class).join();
            model.addAttribute("conditions", summary.grades());
            model.addAttribute("conditionChart", charts.conditionLengths(summary.grades()));
        }
        return "home";
    }
}
