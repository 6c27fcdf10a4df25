package se.valedger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: only the event log touches Axon's tables, so the JDBC engine and Axon Server answer the same questions
 * through one port. Checked on the main sources of all four modules, comments stripped, for string literals (text
 * blocks included) naming {@code event_store.}.
 */
class EventLogTablesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> MODULES = List.of("shared-kernel", "command-side", "query-side", "infra");

    /** The classes that may name Axon's tables, each with the reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "infra/src/main/java/se/valedger/app/JdbcEventLog.java",
            "the event log on the JDBC engine",
            "infra/src/main/java/se/valedger/app/StoredTokens.java",
            "the token store's rows, read by both event log implementations (tokens stay in PostgreSQL)",
            "infra/src/main/java/se/valedger/boot/EventStoreSchema.java",
            "names the tables for Axon's JDBC engine, token store, saga store and dead-letter queue");

    /** Text blocks, strings, character literals and comments, in the order they start. */
    private static final Pattern TOKEN = Pattern.compile(
            "\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'|/\\*.*?\\*/|//[^\\n]*",
            Pattern.DOTALL);

    @Test
    void onlyTheEventLogReadsAxonsTables() {
        List<String> offenders = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            assertThat(sources).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> !ALLOWED.containsKey(ROOT.relativize(file).toString().replace('\\', '/')))
                        .filter(EventLogTablesTest::namesAxonsTables)
                        .forEach(file -> offenders.add(ROOT.relativize(file).toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(offenders).as("classes naming event_store.* outside the EventLog").isEmpty();
    }

    @Test
    void theCheckSeesATableInATextBlockAndIgnoresOneInAComment() {
        assertThat(namesAxonsTables("class A { String q = \"\"\"\n SELECT 1 FROM event_store.domain_event\"\"\"; }"))
                .isTrue();
        assertThat(namesAxonsTables("/** reads {@code event_store.domain_event} */ class A { String q = \"x\"; }"))
                .isFalse();
        assertThat(namesAxonsTables("class A { String q = \"event_store.\" + \"token_entry\"; } // event_store.x"))
                .isTrue();
    }

    private static boolean namesAxonsTables(Path file) {
        try {
            return namesAxonsTables(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scanned left to right, so a quote inside a comment or a comment marker inside a string is no trap. */
    static boolean namesAxonsTables(String source) {
        Matcher token = TOKEN.matcher(source);
        while (token.find()) {
            if (token.group().startsWith("\"") && token.group().contains("event_store.")) {
                return true;
            }
        }
        return false;
    }
}
