package se.valedger.http.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.valedger.pipe.SummariseConditions;

/**
 * ECharts options built on the server as JSON; a page puts them in a {@code data-chart} attribute and
 * {@code /js/charts.js} draws them. Every chart also has a table of the same numbers beside it.
 */
@Component
public class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** Kilometres of pipe in service per latest condition grade, as a bar chart. */
    public String conditionLengths(List<SummariseConditions.GradeShare> grades) {
        List<String> labels = grades.stream().map(g -> text(g.grade() == null ? "grade.none" : "grade." + g.grade())).toList();
        List<Map<String, Object>> values = grades.stream().map(g -> Map.<String, Object>of(
                "value", Math.round(g.lengthM() / 100.0) / 10.0,
                "itemStyle", Map.of("color", GradeColours.of(g.grade())))).toList();
        return json(Map.of(
                "animation", false,
                "grid", Map.of("left", 48, "right", 16, "top", 24, "bottom", 48),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("interval", 0)),
                "yAxis", Map.of("type", "value", "name", "km"),
                "series", List.of(Map.of("type", "bar", "data", values))));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    public static String json(Object options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
