package se.valedger.http.ui.pipe;

import java.util.Arrays;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valedger.pipe.FindPipe;
import se.valedger.pipe.FindPipes;
import se.valedger.pipe.FindPipesNear;
import se.valedger.pipe.Geometry;
import se.valedger.pipe.NearbyPipes;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipePage;
import se.valedger.pipe.PipeSummary;

/** The register as lists: searched and paged, by id, and near a coordinate. */
@Controller
@RequestMapping("/pipes")
class RegisterPages {

    static final int PAGE_SIZE = 25;
    static final int NEAR_LIMIT = 50;
    static final double DEFAULT_RADIUS_M = 200;

    private final QueryGateway queryGateway;

    RegisterPages(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    String list(@RequestParam(required = false) String idPrefix,
                @RequestParam(required = false) String district,
                @RequestParam(required = false) String networkKind,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        NetworkKind kind = networkKind(networkKind);
        int pageNumber = Math.max(0, page);
        PipePage result = queryGateway.query(new FindPipes(kind, blankToNull(district), blankToNull(idPrefix),
                pageNumber, PAGE_SIZE, true), PipePage.class).join(); // district by prefix, any case (issue 21)
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("pages", pages);
        model.addAttribute("idPrefix", idPrefix == null ? "" : idPrefix);
        model.addAttribute("district", district == null ? "" : district);
        model.addAttribute("networkKind", kind);
        model.addAttribute("networkKinds", NetworkKind.values());
        return htmx != null ? "pipes/list :: results" : "pipes/list";
    }

    /** An exact id opens the pipe; anything else lists the pipes whose id starts with it. */
    @GetMapping("/find")
    String find(@RequestParam(defaultValue = "") String id) {
        String wanted = id.strip();
        if (wanted.isEmpty()) {
            return "redirect:/pipes";
        }
        Optional<PipeSummary> exact = queryGateway
                .query(new FindPipe(wanted), ResponseTypes.optionalInstanceOf(PipeSummary.class)).join();
        return "redirect:" + (exact.isPresent() ? PipeLinks.pipe(wanted) : PipeLinks.list(wanted));
    }

    @GetMapping("/near")
    String near(@RequestParam(required = false) String x,
                @RequestParam(required = false) String y,
                @RequestParam(required = false) String radius,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        model.addAttribute("x", x == null ? "" : x);
        model.addAttribute("y", y == null ? "" : y);
        model.addAttribute("radius", radius == null || radius.isBlank() ? fmtRadius() : radius);
        if (x != null && y != null && !x.isBlank() && !y.isBlank()) {
            Double easting = number(x);
            Double northing = number(y);
            Double metres = radius == null || radius.isBlank() ? DEFAULT_RADIUS_M : number(radius);
            if (easting == null) {
                model.addAttribute("fieldError", "x");
            } else if (northing == null) {
                model.addAttribute("fieldError", "y");
            } else if (metres == null || metres <= 0 || metres > 50_000) {
                model.addAttribute("fieldError", "radius");
            } else {
                NearbyPipes found = queryGateway.query(new FindPipesNear(Geometry.SWEREF99_TM, easting, northing,
                        metres, NEAR_LIMIT), NearbyPipes.class).join();
                model.addAttribute("nearby", found.items());
            }
        }
        return htmx != null ? "pipes/near :: results" : "pipes/near";
    }

    private static String fmtRadius() {
        return Integer.toString((int) DEFAULT_RADIUS_M);
    }

    /** Accepts what people type: "6 995 030,5" as well as "6995030.5". */
    static Double number(String text) {
        String cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        try {
            double value = Double.parseDouble(cleaned);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static NetworkKind networkKind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(NetworkKind.values()).filter(k -> k.name().equals(text)).findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
