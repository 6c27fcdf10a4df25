package se.valedger.http.ui.zone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.valedger.app.zone.ZoneAnalysis;
import se.valedger.http.ui.Charts;
import se.valedger.zone.NightFlowAnalysis;
import se.valedger.zone.WaterBalance;
import se.valedger.zone.ZoneKind;
import se.valedger.zone.ZoneView;

/**
 * Zone pages: the list, and per zone its water balance as a table and a stacked bar with each figure's origin, and
 * its night flow with the baseline and the burst signals (supply zones), or its infiltration (catchments).
 */
@Controller
class ZonePages {

    private final ZoneAnalysis analysis;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ZonePages(ZoneAnalysis analysis, MessageSource messages, java.time.Clock clock) {
        this.analysis = analysis;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/zones")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : se.valedger.kernel.UtilityTime.thisYear(clock) - 1;
        model.addAttribute("zones", analysis.zones(null).zones());
        model.addAttribute("year", String.valueOf(shown));
        model.addAttribute("ranking", analysis.infiltrationRanking(shown));
        return "zone/zones";
    }

    @GetMapping("/zones/{id}")
    String zone(@PathVariable String id, @RequestParam(required = false) Integer year, Model model) {
        ZoneView zone = analysis.zone(id);
        int shown = year != null ? year : se.valedger.kernel.UtilityTime.thisYear(clock) - 1;
        model.addAttribute("zone", zone);
        model.addAttribute("year", String.valueOf(shown));
        if (zone.kind() == ZoneKind.SUPPLY) {
            ZoneAnalysis.Balance balance = analysis.balance(id, shown);
            model.addAttribute("balance", balance.balance());
            List<String> assumptions = new ArrayList<>(balance.assumptions());
            model.addAttribute("rows", rows(balance.balance()));
            model.addAttribute("balanceChart", balanceChart(balance.balance()));
            ZoneAnalysis.NightFlow night = analysis.nightFlow(id, null, null);
            model.addAttribute("night", night);
            model.addAttribute("nightChart", nightChart(night.result()));
            assumptions.addAll(night.assumptions());
            model.addAttribute("assumptions", assumptions);
        } else {
            ZoneAnalysis.Infiltration infiltration = analysis.infiltration(id, shown);
            model.addAttribute("infiltration", infiltration.result());
            model.addAttribute("assumptions", infiltration.assumptions());
        }
        return "zone/zone";
    }

    /** A balance line: its message key, value (null when the balance cannot give it) and origin. */
    record Row(String key, Double m3, String origin, int level) {
    }

    private static List<Row> rows(WaterBalance.Result b) {
        List<Row> rows = new ArrayList<>();
        add(rows, b, "systemInputM3", b.systemInputM3(), 0);
        add(rows, b, "authorisedM3", b.authorisedM3(), 1);
        add(rows, b, "billedMeteredM3", b.billedMeteredM3(), 2);
        add(rows, b, "billedUnmeteredM3", b.billedUnmeteredM3(), 2);
        add(rows, b, "unbilledMeteredM3", b.unbilledMeteredM3(), 2);
        add(rows, b, "unbilledUnmeteredM3", b.unbilledUnmeteredM3(), 2);
        add(rows, b, "waterLossesM3", b.waterLossesM3(), 1);
        add(rows, b, "apparentLossesM3", b.apparentLossesM3(), 2);
        add(rows, b, "realLossesM3", b.realLossesM3(), 2);
        add(rows, b, "nonRevenueWaterM3", b.nonRevenueWaterM3(), 0);
        return rows;
    }

    private static void add(List<Row> rows, WaterBalance.Result b, String key, Double value, int level) {
        var origin = b.origins().get(key);
        rows.add(new Row(key, value, origin == null ? "CALCULATED" : origin.name(), level));
    }

    private String balanceChart(WaterBalance.Result b) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("billedMeteredM3", b.billedMeteredM3());
        parts.put("billedUnmeteredM3", b.billedUnmeteredM3());
        parts.put("unbilledMeteredM3", b.unbilledMeteredM3());
        parts.put("unbilledUnmeteredM3", b.unbilledUnmeteredM3());
        parts.put("apparentLossesM3", b.apparentLossesM3());
        parts.put("realLossesM3", b.realLossesM3());
        List<String> colours = List.of("#0b5cad", "#4f8fd6", "#1a7f37", "#6fbf73", "#9a6700", "#b42318");
        List<Map<String, Object>> series = new ArrayList<>();
        int i = 0;
        for (var part : parts.entrySet()) {
            series.add(Map.of("type", "bar", "stack", "balance", "name", text("zone.balance." + part.getKey()),
                    "itemStyle", Map.of("color", colours.get(i++)),
                    "data", List.of(part.getValue() == null ? 0 : Math.round(part.getValue()))));
        }
        return Charts.json(Map.of("animation", false,
                "grid", Map.of("left", 64, "right", 16, "top", 56, "bottom", 32),
                "legend", Map.of("top", 0), "tooltip", Map.of("trigger", "item"),
                "xAxis", Map.of("type", "category", "data", List.of(String.valueOf(b.year()))),
                "yAxis", Map.of("type", "value", "name", "m³"), "series", series));
    }

    private String nightChart(NightFlowAnalysis.Result r) {
        List<String> nights = r.nights().stream().map(n -> n.night().toString()).toList();
        List<Map<String, Object>> signals = r.nights().stream().filter(n -> n.signal() != null)
                .map(n -> Map.<String, Object>of("coord", List.of(n.night().toString(), round(n.netNightFlowM3PerH())),
                        "value", text("zone.night.signal")))
                .toList();
        return Charts.json(Map.of("animation", false,
                "grid", Map.of("left", 56, "right", 24, "top", 48, "bottom", 64),
                "legend", Map.of("top", 0), "tooltip", Map.of("trigger", "axis"),
                "dataZoom", List.of(Map.of("type", "slider", "bottom", 8)),
                "xAxis", Map.of("type", "category", "data", nights),
                "yAxis", Map.of("type", "value", "name", "m³/h"),
                "series", List.of(
                        Map.of("type", "line", "name", text("zone.night.net"), "showSymbol", false,
                                "itemStyle", Map.of("color", "#0b5cad"),
                                "markPoint", Map.of("data", signals, "itemStyle", Map.of("color", "#b42318")),
                                "data", r.nights().stream().map(n -> round(n.netNightFlowM3PerH())).toList()),
                        Map.of("type", "line", "name", text("zone.night.baseline"), "showSymbol", false,
                                "lineStyle", Map.of("type", "dashed"), "itemStyle", Map.of("color", "#9a6700"),
                                "data", r.nights().stream().map(n -> round(n.baselineM3PerH())).toList()),
                        Map.of("type", "line", "name", text("zone.night.threshold"), "showSymbol", false,
                                "lineStyle", Map.of("type", "dotted"), "itemStyle", Map.of("color", "#b42318"),
                                "data", r.nights().stream().map(n -> round(n.thresholdM3PerH())).toList()))));
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
