package se.valedger.http.ui.renewal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.valedger.http.ui.Charts;
import se.valedger.renewal.ForecastPoint;
import se.valedger.renewal.StrategyForecast;

/** The strategies' forecasts as one chart: km beyond service life after 0..30 years, a line per strategy. */
@Component
class RenewalCharts {

    private static final List<String> COLOURS = List.of("#0b5cad", "#bc4c00", "#1a7f37", "#57606a");

    private final MessageSource messages;

    RenewalCharts(MessageSource messages) {
        this.messages = messages;
    }

    String forecast(List<StrategyForecast> forecast) {
        if (forecast == null || forecast.isEmpty()) {
            return null;
        }
        List<Integer> years = forecast.get(0).points().stream().map(ForecastPoint::afterYears).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < forecast.size(); i++) {
            StrategyForecast f = forecast.get(i);
            series.add(Map.of("type", "line", "name", text("strategy." + f.strategy().name()),
                    "data", f.points().stream().map(p -> Math.round(p.kmBeyondServiceLife() * 10) / 10.0).toList(),
                    "itemStyle", Map.of("color", COLOURS.get(i % COLOURS.size()))));
        }
        return Charts.json(Map.of(
                "animation", false,
                "grid", Map.of("left", 56, "right", 16, "top", 48, "bottom", 40),
                "legend", Map.of("top", 0),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", years.stream().map(y -> "+" + y).toList(),
                        "name", text("forecast.years")),
                "yAxis", Map.of("type", "value", "name", text("forecast.kmBeyond")),
                "series", series));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
