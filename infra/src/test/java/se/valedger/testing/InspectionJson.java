package se.valedger.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/pipes/{id}/inspections} for tests:
 * {@code InspectionJson.cctv("2026-09-01", 4).inspector("K. Lund").json()}. Findings are left out unless set.
 */
public final class InspectionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private InspectionJson(String date, int grade) {
        fields.put("date", date);
        fields.put("inspector", "K. Lund");
        fields.put("method", "CCTV");
        fields.put("grade", grade);
    }

    /** A CCTV inspection on {@code date} (ISO) with a condition {@code grade}, by K. Lund. */
    public static InspectionJson cctv(String date, int grade) {
        return new InspectionJson(date, grade);
    }

    public InspectionJson inspector(String inspector) {
        return with("inspector", inspector);
    }

    public InspectionJson findings(String findings) {
        return with("findings", findings);
    }

    public InspectionJson with(String field, Object value) {
        fields.put(field, value);
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
