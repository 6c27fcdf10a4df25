package se.valedger.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A year is never written "2 027"; amounts get a space between thousands, decimals a comma. */
class SwedishFiguresTest {

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void yearsInMessagesHaveNoThousandsSeparator() {
        Locale sv = Locale.forLanguageTag("sv");
        assertThat(messages().getMessage("plan.defaultProgramme", new Object[] {2027}, sv)).isEqualTo("Förnyelse 2027");
        assertThat(messages().getMessage("plan.executed", new Object[] {2027}, sv)).isEqualTo("Utförd 2027");
        assertThat(messages().getMessage("plan.executed", new Object[] {2027}, Locale.ENGLISH)).isEqualTo("Done 2027");
    }

    @Test
    void amountsHaveASpaceBetweenThousandsAndACommaBeforeDecimals() {
        try {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
            Formats fmt = new Formats();
            assertThat(fmt.amount(1234567.5).replace('\u00a0', ' ')).isEqualTo("1 234 567,5");
            assertThat(fmt.number(2.25, 1)).isIn("2,2", "2,3");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
