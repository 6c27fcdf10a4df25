package se.valedger.http.ui.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.valedger.http.ui.Charts;
import se.valedger.kernel.NotFound;
import se.valedger.plant.FindPlantCapacity;
import se.valedger.plant.PlantCapacity;

/** A plant's load against its permit: utilisation per day with the thresholds and the permit, and its bypasses. */
@Controller
class PlantPages {

    private final QueryGateway queries;
    private final MessageSource messages;

    PlantPages(QueryGateway queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/plants/{id}")
    String capacity(@PathVariable String id, Model model) {
        PlantCapacity capacity = queries.query(new FindPlantCapacity(id, null, null),
                        ResponseTypes.optionalInstanceOf(PlantCapacity.class)).join()
                .orElseThrow(() -> new NotFound("No plant with id " + id));
        model.addAttribute("plant", capacity);
        model.addAttribute("capacityChart", capacityChart(capacity));
        model.addAttribute("bypassChart", bypassChart(capacity));
        int from = Math.max(0, capacity.days().size() - 14);
        List<PlantCapacity.Day> recent = new ArrayList<>(capacity.days().subList(from, capacity.days().size()));
        java.util.Collections.reverse(recent);
        model.addAttribute("recentDays", recent);
        return "plant/capacity";
    }

    private String capacityChart(PlantCapacity c) {
        List<String> dates = c.days().stream().map(d -> d.date().toString()).toList();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Integer level : c.thresholdsPercent()) {
            lines.add(Map.of("yAxis", level, "name", level + " %",
                    "lineStyle", Map.of("color", level >= 100 ? "#b42318" : "#9a6700", "type", level >= 100 ? "solid" : "dashed")));
        }
        if (!c.thresholdsPercent().contains(100)) {
            lines.add(Map.of("yAxis", 100, "name", "100 %", "lineStyle", Map.of("color", "#b42318", "type", "solid")));
        }
        Map<String, Object> markLine = Map.of("symbol", "none", "silent", true, "data", lines,
                "label", Map.of("formatter", "{b}", "position", "insideEndTop"));
        return Charts.json(Map.of(
                "animation", false,
                "grid", Map.of("left", 56, "right", 24, "top", 48, "bottom", 64),
                "legend", Map.of("top", 0),
                "tooltip", Map.of("trigger", "axis"),
                "dataZoom", List.of(Map.of("type", "slider", "bottom", 8)),
                "xAxis", Map.of("type", "category", "data", dates),
                "yAxis", Map.of("type", "value", "name", text("plant.utilisation")),
                "series", List.of(
                        Map.of("type", "line", "name", text("plant.load"), "showSymbol", false,
                                "itemStyle", Map.of("color", "#0b5cad"), "markLine", markLine,
                                "data", c.days().stream().map(d -> round(d.loadUtilisationPercent())).toList()),
                        Map.of("type", "line", "name", text("plant.flow"), "showSymbol", false,
                                "itemStyle", Map.of("color", "#1a7f37"),
                                "data", c.days().stream().map(d -> round(d.flowUtilisationPercent())).toList()))));
    }

    private String bypassChart(PlantCapacity c) {
        if (c.bypasses().isEmpty()) {
            return null;
        }
        List<Integer> years = c.bypasses().stream().map(PlantCapacity.BypassTotal::year).distinct().sorted().toList();
        List<Integer> counts = years.stream().map(y -> c.bypasses().stream().filter(b -> b.year() == y)
                .mapToInt(PlantCapacity.BypassTotal::count).sum()).toList();
        return Charts.json(Map.of("animation", false,
                "grid", Map.of("left", 48, "right", 16, "top", 24, "bottom", 32),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", years.stream().map(String::valueOf).toList()),
                "yAxis", Map.of("type", "value", "name", text("plant.bypasses")),
                "series", List.of(Map.of("type", "bar", "name", text("plant.bypasses"),
                        "itemStyle", Map.of("color", "#bc4c00"), "data", counts))));
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 10) / 10.0;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
