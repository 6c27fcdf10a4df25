package se.valedger.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/pipes} for tests: {@code PipeJson.pipe("VA-1").material("PVC").diameter(160).json()}.
 * The required fields start as a drinking-water PVC main (DN 160, 100 m, laid 1990); district, consequence class,
 * nodes and geometry are left out unless set, so the request says only what the test says.
 */
public final class PipeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PipeJson(String id) {
        fields.put("id", id);
        fields.put("networkKind", "DRINKING_WATER");
        fields.put("material", "PVC");
        fields.put("diameterMm", 160);
        fields.put("lengthM", 100.0);
        fields.put("installationYear", 1990);
    }

    public static PipeJson pipe(String id) {
        return new PipeJson(id);
    }

    public PipeJson networkKind(String networkKind) {
        return with("networkKind", networkKind);
    }

    public PipeJson wastewater() {
        return networkKind("WASTEWATER");
    }

    public PipeJson material(String material) {
        return with("material", material);
    }

    public PipeJson diameter(int diameterMm) {
        return with("diameterMm", diameterMm);
    }

    public PipeJson length(double lengthM) {
        return with("lengthM", lengthM);
    }

    public PipeJson laid(int installationYear) {
        return with("installationYear", installationYear);
    }

    public PipeJson district(String district) {
        return with("district", district);
    }

    public PipeJson consequenceClass(int consequenceClass) {
        return with("consequenceClass", consequenceClass);
    }

    /** A line in SWEREF 99 TM (EPSG:3006) through the given {@code x, y} pairs. */
    public PipeJson line(double... xy) {
        List<List<Double>> coordinates = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            coordinates.add(List.of(xy[i], xy[i + 1]));
        }
        return with("geometry", Map.of("crs", "EPSG:3006", "coordinates", coordinates));
    }

    public PipeJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** Leaves a field out (to test what a request without it gets). */
    public PipeJson without(String field) {
        fields.remove(field);
        return this;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return json();
    }
}
