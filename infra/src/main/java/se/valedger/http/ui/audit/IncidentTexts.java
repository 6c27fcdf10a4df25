package se.valedger.http.ui.audit;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.valedger.http.ui.Formats;
import se.valedger.incident.IncidentAuthorities;
import se.valedger.incident.SignificanceThresholds;
import se.valedger.incident.SignificantIncident;

/**
 * The incident page's texts that come from the rule and the settings, in the reader's language: each significance
 * criterion from its code ({@code significanceCriterion.<CODE>}), the ASSUMED thresholds and the authorities.
 * Numbers are written by {@link Formats}; a flag is passed as 0 or 1 for the bundles' choices; an unknown
 * parameter is shown as a dash. Templates call it as {@code ${@incidentTexts.criterion(c)}}.
 */
@Component("incidentTexts")
public class IncidentTexts {

    static final String UNKNOWN = "–";

    private final MessageSource messages;
    private final Formats formats;
    private final SignificanceThresholds thresholds;

    IncidentTexts(MessageSource messages, Formats formats, SignificanceThresholds thresholds) {
        this.messages = messages;
        this.formats = formats;
        this.thresholds = thresholds;
    }

    public String criterion(SignificantIncident.Criterion criterion) {
        Object[] arguments = criterion.code().parameters().stream()
                .map(name -> argument(criterion.parameters().get(name))).toArray();
        return text(criterion.code().messageKey(), arguments);
    }

    /** The thresholds the rule compares with, each marked as assumed, with the setting that changes it. */
    public List<String> assumedThresholds() {
        return List.of(
                text("incidents.threshold.supplyLost", argument(thresholds.supplyLostHours()), argument(thresholds.persons())),
                text("incidents.threshold.untreatedDischarge", argument(thresholds.untreatedDischargeM3()),
                        argument(thresholds.untreatedDischargeHours())),
                text("incidents.threshold.financialLoss", argument(thresholds.financialLossSek())));
    }

    /** {@code which}: {@code csirt} or {@code supervisoryAuthority}, naming the source of a default to confirm. */
    public String authority(IncidentAuthorities.Authority authority, String which) {
        return authority.confirmed()
                ? text("incidents.authority.confirmed", authority.name(), authority.contact())
                : text("incidents.authority.assumed", authority.name(), authority.contact(),
                        text("incidents.authority.source." + which));
    }

    private Object argument(Object value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof Number number) {
            return formats.amount(number);
        }
        return value.toString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
