package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything the templates ask for. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Set<Object> swedish = new TreeSet<>(load("messages_sv.properties").keySet());
        Set<Object> english = new TreeSet<>(load("messages_en.properties").keySet());
        assertThat(english).isEqualTo(swedish);
    }

    @Test
    void everyFixedKeyInTheTemplatesExists() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    if (!swedish.containsKey(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumValueShownHasATranslation() throws IOException {
        Properties swedish = load("messages_sv.properties");
        for (Enum<?> value : se.valedger.pipe.NetworkKind.values()) {
            assertThat(swedish).containsKey("networkKind." + value.name());
        }
        for (Enum<?> value : se.valedger.pipe.Material.values()) {
            assertThat(swedish).containsKey("material." + value.name());
        }
        for (Enum<?> value : se.valedger.pipe.InspectionMethod.values()) {
            assertThat(swedish).containsKey("method." + value.name());
        }
    }

    /** The incident page shows each of these by key; a value added without its texts fails here. */
    @Test
    void everyCriterionCodeAndIncidentValueShownHasATextInBothLanguages() throws IOException {
        for (String bundle : List.of("messages_sv.properties", "messages_en.properties")) {
            Properties texts = load(bundle);
            Set<String> missing = new TreeSet<>();
            for (se.valedger.incident.SignificanceCriterion code : se.valedger.incident.SignificanceCriterion.values()) {
                missing.add(code.messageKey());
            }
            for (se.valedger.incident.IncidentStatus status : se.valedger.incident.IncidentStatus.values()) {
                missing.add("incidentStatus." + status.name());
            }
            for (se.valedger.incident.IncidentStep step : se.valedger.incident.IncidentStep.values()) {
                missing.add("incidentStep." + step.action());
            }
            for (se.valedger.incident.EssentialService service : se.valedger.incident.EssentialService.values()) {
                missing.add("essentialService." + service.name());
            }
            for (String state : List.of("WAITING", "OPEN", "OVERDUE", "DONE", "DONE_LATE")) {
                missing.add("clock." + state);
            }
            missing.removeIf(texts::containsKey);
            assertThat(missing).as(bundle).isEmpty();
        }
    }
}
