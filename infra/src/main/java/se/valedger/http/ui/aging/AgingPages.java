package se.valedger.http.ui.aging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.valedger.aging.FindNetworkAging;
import se.valedger.aging.NetworkAging;
import se.valedger.http.ui.Charts;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/** The aging network: km by material and decade, share beyond service life, renewal rate against the need. */
@Controller
@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN', 'AUDITOR')")
class AgingPages {

    private static final List<String> COLOURS = List.of("#0b5cad", "#bc4c00", "#1a7f37", "#8250df", "#57606a",
            "#9a6700", "#b42318", "#0a7285", "#6e7781", "#cf222e", "#116329", "#953800");

    private final QueryGateway queries;
    private final MessageSource messages;
    private final Clock clock;

    AgingPages(QueryGateway queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/network/aging")
    String aging(Model model) {
        NetworkAging aging = queries.query(new FindNetworkAging(UtilityTime.thisYear(clock)), NetworkAging.class).join();
        model.addAttribute("aging", aging);
        model.addAttribute("decadeChart", decades(aging));
        model.addAttribute("beyondChart", beyond(aging));
        model.addAttribute("rateChart", rates(aging));
        return "aging/aging";
    }

    private String decades(NetworkAging aging) {
        TreeSet<Integer> decades = new TreeSet<>();
        Map<Material, Map<Integer, Double>> km = new TreeMap<>();
        for (NetworkAging.Row r : aging.rows()) {
            decades.add(r.decade());
            km.computeIfAbsent(r.material(), m -> new TreeMap<>()).merge(r.decade(), r.km(), Double::sum);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        int i = 0;
        for (var entry : km.entrySet()) {
            series.add(Map.of("type", "bar", "stack", "km", "name", text("material." + entry.getKey().name()),
                    "itemStyle", Map.of("color", COLOURS.get(i++ % COLOURS.size())),
                    "data", decades.stream().map(d -> round(entry.getValue().getOrDefault(d, 0.0))).toList()));
        }
        return chart(decades.stream().map(d -> d + "-talet").map(s -> swedish() ? s : s.replace("-talet", "s")).toList(),
                "km", series);
    }

    private String beyond(NetworkAging aging) {
        List<String> kinds = aging.totals().stream().map(t -> text("networkKind." + t.networkKind().name())).toList();
        List<Double> share = aging.totals().stream().map(t -> round(t.shareBeyondServiceLife() * 100)).toList();
        return chart(kinds, "%", List.of(Map.of("type", "bar", "name", text("aging.beyond"),
                "itemStyle", Map.of("color", "#b42318"), "data", share)));
    }

    private String rates(NetworkAging aging) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<NetworkKind, Map<Integer, Double>> rate = new TreeMap<>();
        double need = 1.0;
        for (NetworkAging.RenewalRate r : aging.renewalRates()) {
            years.add(r.year());
            rate.computeIfAbsent(r.networkKind(), k -> new TreeMap<>()).put(r.year(), r.ratePercent());
            need = r.neededPercent();
        }
        List<Map<String, Object>> series = new ArrayList<>();
        int i = 0;
        for (var entry : rate.entrySet()) {
            series.add(Map.of("type", "bar", "name", text("networkKind." + entry.getKey().name()),
                    "itemStyle", Map.of("color", COLOURS.get(i++ % COLOURS.size())),
                    "data", years.stream().map(y -> round(entry.getValue().getOrDefault(y, 0.0))).toList()));
        }
        double needed = need;
        series.add(Map.of("type", "line", "name", text("aging.need"), "symbol", "none",
                "lineStyle", Map.of("type", "dashed", "color", "#1f2328", "width", 2),
                "itemStyle", Map.of("color", "#1f2328"),
                "data", years.stream().map(y -> needed).toList()));
        return chart(years.stream().map(String::valueOf).toList(), "%/år", series);
    }

    private static String chart(List<String> categories, String unit, List<Map<String, Object>> series) {
        return Charts.json(Map.of(
                "animation", false,
                "grid", Map.of("left", 56, "right", 16, "top", 56, "bottom", 40),
                "legend", Map.of("top", 0, "type", "scroll"),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", categories),
                "yAxis", Map.of("type", "value", "name", unit),
                "series", series));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private boolean swedish() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
