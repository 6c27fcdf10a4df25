package se.valedger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The measured figures with their stable keys, a note per figure, the printed table and results.json. */
final class Report {

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    void put(String key, Object value, String note) {
        results.put(key, value instanceof Double d ? round(d) : value);
        if (note != null) {
            notes.put(key, note);
        }
    }

    void put(String key, Object value) {
        put(key, value, null);
    }

    /** A scenario whose capability has not landed yet: the key stays, its value is null. */
    void missing(String key, String why) {
        results.put(key, null);
        notes.put(key, "not measured: " + why);
    }

    Object get(String key) {
        return results.get(key);
    }

    static Double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return Math.round(value * 1000) / 1000.0;
    }

    String table() {
        StringBuilder out = new StringBuilder("\n| figure | value | note |\n| --- | ---: | --- |\n");
        results.forEach((key, value) -> {
            if (value instanceof Map<?, ?> || value instanceof java.util.List<?>) {
                return;
            }
            out.append("| ").append(key).append(" | ").append(value == null ? "—" : format(value)).append(" | ")
                    .append(notes.getOrDefault(key, "")).append(" |\n");
        });
        return out.toString();
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return Math.abs(d) >= 100 ? String.format("%,.0f", d) : String.format("%.3f", d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format("%,d", ((Number) value).longValue());
        }
        return value.toString();
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> document = new LinkedHashMap<>(results);
        document.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("results.json").toFile(), document);
        Files.writeString(directory.resolve("results.md"), table());
    }
}
