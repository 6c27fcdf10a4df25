package se.valedger.http.ui.pipe;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valedger.http.ui.GradeColours;
import se.valedger.pipe.FindPipes;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipePage;

/** The network map: every pipe in the chosen part of the network, coloured by its latest condition grade. */
@Controller
class NetworkMapPages {

    /** More lines than this make a page too heavy for a phone; narrow by district or network instead. */
    static final int MAX_PIPES = 5000;

    private final QueryGateway queryGateway;

    NetworkMapPages(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/map")
    String map(@RequestParam(required = false) String district,
               @RequestParam(required = false) String networkKind,
               Model model) {
        NetworkKind kind = RegisterPages.networkKind(networkKind);
        String area = district == null || district.isBlank() ? null : district.strip();
        PipePage page = queryGateway.query(new FindPipes(kind, area, null, 0, MAX_PIPES), PipePage.class).join();
        model.addAttribute("map", NetworkMap.of(page.items()));
        model.addAttribute("total", page.total());
        model.addAttribute("shown", page.items().size());
        model.addAttribute("district", area == null ? "" : area);
        model.addAttribute("networkKind", kind);
        model.addAttribute("networkKinds", NetworkKind.values());
        model.addAttribute("gradeColours", GradeColours.BY_GRADE);
        model.addAttribute("noGradeColour", GradeColours.NONE);
        return "map";
    }
}
