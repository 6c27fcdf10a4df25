package se.valedger.incident;

import java.time.Duration;
import java.time.Instant;
import se.valedger.kernel.UtilityTime;

/**
 * The three NIS2 reporting clocks. Hours are elapsed hours (24 h after awareness is 24 real hours later,
 * even across a daylight-saving change, so the local clock may then show 23:00 or 01:00 more); the month is
 * a calendar month in Swedish time ({@link UtilityTime}), keeping the local time of day, the last day of a
 * shorter month when the day does not exist.
 * <p>
 * The clocks start when the operator "became aware of the significant incident" (NIS2 Art. 23(4)(a) and (b);
 * cybersäkerhetslagen (2025:1506) 2 kap.): not at the first sign of trouble, but at the first assessment that
 * finds the incident significant — its {@code awareAt} if the facts were enough when it was recorded, else the
 * moment (stated with the reassessment) the facts that made it significant became known. A later assessment
 * does not move them.
 */
public final class IncidentClocks {

    public static final Duration EARLY_WARNING = Duration.ofHours(24);
    public static final Duration NOTIFICATION = Duration.ofHours(72);

    private IncidentClocks() {
    }

    public static Instant earlyWarningDue(Instant awareAt) {
        return awareAt.plus(EARLY_WARNING);
    }

    public static Instant notificationDue(Instant awareAt) {
        return awareAt.plus(NOTIFICATION);
    }

    /** One calendar month after {@code from} (the notification, or the handling after a progress report). */
    public static Instant oneMonthAfter(Instant from) {
        return from.atZone(UtilityTime.ZONE).plusMonths(1).toInstant();
    }
}
