package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every name of the system a person can meet has a text in Swedish and in English: every enum value of the domain
 * and the application, every event type (a history), every command type (the audit trail), every rule name (a
 * refusal). Found by walking the compiled classes and the rule names in the sources, so a new one without a text
 * fails here.
 */
class TranslationsTest {

    static JavaClasses classes;
    static Properties swedish;
    static Properties english;

    /** Audit entry types that are no command: the trail's own reads and sign-ins. */
    static final Set<String> OTHER_AUDIT_TYPES = Set.of("SignIn", "ReadAuditTrail", "ExportAuditTrail",
            "ReadAuditCheckpoints");

    @BeforeAll
    static void load() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.valedger");
        swedish = MessagesTest.load("messages_sv.properties");
        english = MessagesTest.load("messages_en.properties");
    }

    static Set<String> missing(Set<String> keys) {
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!swedish.containsKey(key) || swedish.getProperty(key).isBlank()) {
                missing.add("sv " + key);
            }
            if (!english.containsKey(key) || english.getProperty(key).isBlank()) {
                missing.add("en " + key);
            }
        }
        return missing;
    }

    static boolean shown(JavaClass type) {
        String p = type.getPackageName();
        // The wiring's own switches (database mode) never reach a page.
        return !p.startsWith("se.valedger.boot") && !p.startsWith("se.valedger.http");
    }

    @Test
    void everyEnumValueHasASwedishAndAnEnglishText() throws ClassNotFoundException {
        Set<String> keys = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isEnum() && shown(type) && !type.isAnonymousClass()) {
                Class<?> enumType = Class.forName(type.getName());
                for (Object constant : enumType.getEnumConstants()) {
                    keys.add(Texts.key((Enum<?>) constant));
                }
            }
        }
        assertThat(keys).as("enum values found").hasSizeGreaterThan(100).contains("networkKind.WASTEWATER",
                "leakStatus.REPAIR_SCHEDULED", "auditOutcome.REJECTED_RULE", "role.AUDITOR");
        assertThat(missing(keys)).as("enum values without a text").isEmpty();
    }

    @Test
    void everyEventTypeHasASwedishAndAnEnglishName() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith("org.axonframework.serialization.Revision")) {
                keys.add("event." + type.getSimpleName());
            }
        }
        assertThat(keys).as("events found").hasSizeGreaterThan(20).contains("event.PipeRegistered", "event.LeakReported");
        assertThat(missing(keys)).as("events without a name").isEmpty();
    }

    @Test
    void everyCommandTheAuditTrailCanNameHasASwedishAndAnEnglishName() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass type : classes) {
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (unit.isAnnotatedWith("org.axonframework.commandhandling.CommandHandler")
                        && !unit.getRawParameterTypes().isEmpty()) {
                    keys.add("command." + unit.getRawParameterTypes().get(0).getSimpleName());
                }
            }
        }
        OTHER_AUDIT_TYPES.forEach(t -> keys.add("command." + t));
        assertThat(keys).as("commands found").hasSizeGreaterThan(20).contains("command.RegisterPipe",
                "command.ApproveRenewalPlan");
        assertThat(missing(keys)).as("commands without a name").isEmpty();
    }

    @Test
    void everyRuleNameOfARefusalHasASwedishAndAnEnglishText() throws IOException {
        Pattern literal = Pattern.compile("RuleViolated\\(\\s*\"([A-Za-z]+)\"|String RULE\\s*=\\s*\"([A-Za-z]+)\"");
        Set<String> keys = new TreeSet<>();
        for (String module : new String[] {"../command-side", "../shared-kernel", "../query-side", "."}) {
            Path sources = Path.of(module, "src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add("rule." + (m.group(1) != null ? m.group(1) : m.group(2)));
                    }
                }
            }
        }
        assertThat(keys).as("rules found").hasSizeGreaterThan(10).contains("rule.ApproverMustDifferFromAuthor");
        assertThat(missing(keys)).as("rules without a text").isEmpty();
    }

    @Test
    void aNameWithoutATextIsShownAsItIsAndATranslatedOneInTheReadersLanguage() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Texts texts = new Texts(messages);
        try {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
            assertThat(texts.of(se.valedger.pipe.NetworkKind.WASTEWATER)).isEqualTo("Spillvatten");
            assertThat(texts.event("se.valedger.pipe.PipeRegistered")).isEqualTo("Ledning registrerad");
            assertThat(texts.command("NoSuchCommand")).isEqualTo("NoSuchCommand");
            assertThat(texts.of(null)).isEmpty();
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(texts.event("PipeRegistered")).isEqualTo("Pipe registered");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
