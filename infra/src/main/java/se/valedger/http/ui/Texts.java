package se.valedger.http.ui;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reader's words for the system's own names: enum values ({@code networkKind.WASTEWATER}), event types in a
 * history ({@code event.PipeRegistered}), command types in the audit trail ({@code command.RegisterPipe}) and rule
 * names of refusals ({@code rule.ApproverMustDifferFromAuthor}). Templates call it as {@code ${@texts.of(value)}}.
 * A name without a text is shown as it is (never blank), and {@code TranslationsTest} fails the build on it.
 */
@Component("texts")
public class Texts {

    /** Enums whose simple names are not unique get a prefix of their own. */
    private static final Map<String, String> PREFIXES = Map.of(
            "se.valedger.app.audit.Outcome", "auditOutcome",
            "se.valedger.app.imports.Outcome", "importRowOutcome",
            "se.valedger.app.Refusal$Kind", "refusalKind");

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The message key of an enum value: its type's simple name in lower camel case, a dot, the constant. */
    public static String key(Enum<?> value) {
        return prefix(value.getDeclaringClass()) + "." + value.name();
    }

    public static String prefix(Class<?> enumType) {
        String name = enumType.getSimpleName();
        return PREFIXES.getOrDefault(enumType.getName(), Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }

    public String of(Enum<?> value) {
        return value == null ? "" : text(key(value), value.name());
    }

    /** An enum value given by its name (as stored in a read model's text column), or the name itself. */
    public String of(String enumPrefix, String name) {
        return name == null || name.isEmpty() ? "" : text(enumPrefix + "." + name, name);
    }

    public String event(String type) {
        return type == null ? "" : text("event." + simple(type), type);
    }

    /** An audit entry's type: a command's name, one of the trail's own reads, or an HTTP method and path. */
    public String command(String type) {
        return type == null ? "" : text("command." + simple(type), type);
    }

    public String rule(String name) {
        return name == null ? "" : text("rule." + name, name);
    }

    private static String simple(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    private String text(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }
}
