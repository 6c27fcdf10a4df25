package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** WCAG 2.1 contrast of the colour pairs app.css uses: 4.5:1 for text, 3:1 for focus rings and map lines. */
class ContrastTest {

    static final double TEXT = 4.5;
    static final double GRAPHICS = 3.0;

    static Map<String, String> cssColours() throws IOException {
        try (InputStream css = ContrastTest.class.getResourceAsStream("/static/css/app.css")) {
            String text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> colours = new HashMap<>();
            Matcher m = Pattern.compile("--([a-z0-9-]+):\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(text);
            while (m.find()) {
                colours.put(m.group(1), m.group(2));
            }
            return colours;
        }
    }

    static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theContrastFormulaMatchesWcagsKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
    }

    @Test
    void everyTextColourIsReadableOnItsBackground() throws IOException {
        Map<String, String> c = cssColours();
        String[][] pairs = {
                {"fg", "bg"}, {"fg", "panel"}, {"muted", "bg"}, {"muted", "panel"}, {"accent", "bg"}, {"accent", "panel"},
                {"on-accent", "accent"}, {"header-fg", "header-bg"}, {"error", "bg"}, {"error-fg", "error-bg"},
                {"ok-fg", "ok-bg"},
                // grade badges: white numbers on the grade colour
                {"bg", "grade-1"}, {"bg", "grade-2"}, {"bg", "grade-3"}, {"bg", "grade-4"}, {"bg", "grade-none"}};
        for (String[] pair : pairs) {
            assertThat(contrast(c.get(pair[0]), c.get(pair[1])))
                    .as("--%s on --%s", pair[0], pair[1]).isGreaterThanOrEqualTo(TEXT);
        }
    }

    @Test
    void focusRingsFieldBordersAndMapLinesStandOutFromThePage() throws IOException {
        Map<String, String> c = cssColours();
        for (String graphic : new String[] {"focus", "line", "grade-1", "grade-2", "grade-3", "grade-4", "grade-none",
                "leak", "leak-overdue"}) {
            assertThat(contrast(c.get(graphic), c.get("bg"))).as("--%s on the page", graphic)
                    .isGreaterThanOrEqualTo(GRAPHICS);
        }
        assertThat(contrast(c.get("focus-on-dark"), c.get("header-bg"))).as("focus ring in the dark header")
                .isGreaterThanOrEqualTo(GRAPHICS);
    }

    @Test
    void chartsUseTheSameGradeColoursAsTheStyleSheet() throws IOException {
        Map<String, String> c = cssColours();
        for (int grade = 1; grade <= 4; grade++) {
            assertThat(GradeColours.of(grade)).isEqualToIgnoringCase(c.get("grade-" + grade));
        }
        assertThat(GradeColours.of(null)).isEqualToIgnoringCase(c.get("grade-none"));
    }
}
