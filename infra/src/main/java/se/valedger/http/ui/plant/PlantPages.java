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
import se.valedger.plant.PlantWeeklyLoad;
import se.valedger.plant.MarkWeekUnusual;
import se.valedger.plant.MarkWeekUsual;
import se.valedger.app.CommandSender;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.plant.PlantReport;
import se.valedger.app.plant.PlantReports;
import se.valedger.http.ui.forms.FormActions;
import se.valedger.kernel.UtilityTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plant's load against its permit: utilisation per day with the thresholds and the permit, and its bypasses. */
@Controller
class PlantPages {

    private final QueryGateway queries;
    private final MessageSource messages;
    private final PlantReports reports;
    private final CommandSender commands;
    private final FormActions forms;
    private final ReadYourWrites readYourWrites;
    private final java.time.Clock clock;

    PlantPages(QueryGateway queries, MessageSource messages, PlantReports reports, CommandSender commands,
               FormActions forms, ReadYourWrites readYourWrites, java.time.Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.reports = reports;
        this.commands = commands;
        this.forms = forms;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @GetMapping("/plants/{id}")
    String capacity(@PathVariable String id, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) Long minPosition, Model model) {
        readYourWrites.await("plant-capacity", minPosition);
        int y = year != null && year >= 1900 && year <= 2200 ? year : UtilityTime.thisYear(clock);
        PlantReport report = reports.of(id, y);
        model.addAttribute("report", report);
        model.addAttribute("year", y);
        PlantWeeklyLoad weekly = queries.query(new se.valedger.plant.FindWeeklyLoad(id, y),
                ResponseTypes.optionalInstanceOf(PlantWeeklyLoad.class)).join()
                .orElseThrow(() -> new NotFound("No plant with id " + id));
        model.addAttribute("weeklyChart", weeklyChart(report, weekly.samples()));
        model.addAttribute("peakMax", weekly.peakHours().stream()
                .max(java.util.Comparator.comparingDouble(PlantWeeklyLoad.PeakHour::peakHourM3)).orElse(null));
        model.addAttribute("designFlowHour", weekly.designFlowM3PerHour());
        model.addAttribute("peakChart", peakChart(weekly, report.permitAssumed()));
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

    @PostMapping("/plants/{id}/weeks/{mark:unusual|usual}")
    @PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
    String markWeek(@PathVariable String id, @PathVariable String mark, @RequestParam(required = false) String week,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) String idempotencyKey, Authentication user,
                    RedirectAttributes flash) {
        String back = "/plants/" + id + (year == null ? "" : "?year=" + year);
        return forms.run(user, idempotencyKey, back, () -> commands.send(mark.equals("unusual")
                        ? new MarkWeekUnusual(id, week, reason, user.getName())
                        : new MarkWeekUsual(id, week, reason, user.getName()), id),
                p -> back + (year == null ? "?" : "&") + "minPosition=" + p, flash);
    }

    /**
     * The year's average weekly loads as bars against the permitted connection: unusual weeks grey (with their
     * reason in the tooltip), the maximum week marked, every sample as a point.
     */
    private String weeklyChart(PlantReport r, List<PlantWeeklyLoad.Sample> samples) {
        List<String> weeks = r.weeks().stream().map(PlantWeeklyLoad.Week::week).toList();
        List<Map<String, Object>> bars = new ArrayList<>();
        for (PlantWeeklyLoad.Week w : r.weeks()) {
            String colour = w.unusual() ? "#9aa0a6" : r.maxWeek() != null && w.week().equals(r.maxWeek().week())
                    ? "#b42318" : "#0b5cad";
            bars.add(Map.of("value", round(w.loadPe()), "name", w.week() + " · " + w.label()
                            + (w.unusual() ? " · " + text("plant.week.unusual") + ": " + w.reason() : ""),
                    "itemStyle", Map.of("color", colour)));
        }
        List<List<Object>> points = new ArrayList<>();
        for (PlantWeeklyLoad.Sample sample : samples) {
            if (sample.valid() && sample.loadPe() != null) {
                points.add(List.of(sample.week(), round(sample.loadPe())));
            }
        }
        Map<String, Object> permitLine = Map.of("symbol", "none", "silent", true,
                "label", Map.of("formatter", "{b}", "position", "insideEndTop"),
                "data", List.of(Map.of("yAxis", r.permittedPe(), "name", text("plant.permittedPe")
                        + (r.permitAssumed() ? " (" + text("plant.assumed") + ")" : ""),
                        "lineStyle", Map.of("color", "#b42318", "type", r.permitAssumed() ? "dashed" : "solid"))));
        return Charts.json(Map.of(
                "animation", false,
                "grid", Map.of("left", 64, "right", 24, "top", 48, "bottom", 48),
                "legend", Map.of("top", 0),
                "tooltip", Map.of("trigger", "item"),
                "xAxis", Map.of("type", "category", "data", weeks),
                "yAxis", Map.of("type", "value", "name", "pe"),
                "series", List.of(
                        Map.of("type", "bar", "name", text("plant.weeklyLoad"), "data", bars, "markLine", permitLine),
                        Map.of("type", "scatter", "name", text("plant.samples"), "symbolSize", 6,
                                "itemStyle", Map.of("color", "#1a1a1a"), "data", points))));
    }

    /** Each day's peak hour (m3/h) of the week-year against the hourly Qdim (dashed while the permit is ASSUMED). */
    private String peakChart(PlantWeeklyLoad w, boolean assumed) {
        if (w.peakHours().isEmpty()) {
            return null;
        }
        Map<String, Object> series = new java.util.LinkedHashMap<>(Map.of("type", "bar", "name", text("plant.peakMax"),
                "itemStyle", Map.of("color", "#0b5cad"),
                "data", w.peakHours().stream().map(p -> round(p.peakHourM3())).toList()));
        if (w.designFlowM3PerHour() != null) {
            series.put("markLine", Map.of("symbol", "none", "silent", true,
                    "label", Map.of("formatter", "{b}", "position", "insideEndTop"),
                    "data", List.of(Map.of("yAxis", w.designFlowM3PerHour(), "name", text("plant.designFlowHour")
                                    + (assumed ? " (" + text("plant.assumed") + ")" : ""),
                            "lineStyle", Map.of("color", "#b42318", "type", assumed ? "dashed" : "solid")))));
        }
        return Charts.json(Map.of("animation", false,
                "grid", Map.of("left", 64, "right", 24, "top", 32, "bottom", 64),
                "tooltip", Map.of("trigger", "axis"),
                "dataZoom", List.of(Map.of("type", "slider", "bottom", 8)),
                "xAxis", Map.of("type", "category", "data", w.peakHours().stream().map(p -> p.date().toString()).toList()),
                "yAxis", Map.of("type", "value", "name", "m³/h"),
                "series", List.of(series)));
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
