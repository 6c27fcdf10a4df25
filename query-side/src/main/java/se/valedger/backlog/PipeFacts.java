package se.valedger.backlog;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeRenewed;
import se.valedger.pipe.ServiceLife;
import se.valedger.risk.RiskInputs;

/**
 * What the backlog knows of one pipe, as in its row of {@code backlog.pipe}, with the dates of its breaks:
 * everything an item of the pipe is scored with, as of a given date.
 */
record PipeFacts(NetworkKind networkKind, Material material, int diameterMm, double lengthM, int installationYear,
                 String district, int consequenceClass, LocalDate latestInspectionOn, Integer latestGrade,
                 Integer renewedYear, List<LocalDate> breaks) {

    static final int BREAK_WINDOW_YEARS = 10;
    private static final ServiceLife SERVICE_LIFE = ServiceLife.defaults();

    PipeFacts {
        breaks = List.copyOf(breaks);
    }

    static PipeFacts registered(PipeRegistered e) {
        return new PipeFacts(e.networkKind(), e.material(), e.diameterMm(), e.lengthM(), e.installationYear(),
                e.district(), e.consequenceClass(), null, null, null, List.of());
    }

    static LocalDate breakWindowStart(LocalDate asOf) {
        return asOf.minus(Period.ofYears(BREAK_WINDOW_YEARS));
    }

    PipeFacts inspected(LocalDate on, int grade) {
        return new PipeFacts(networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass,
                on, grade, renewedYear, breaks);
    }

    PipeFacts corrected(PipeAttributes a) {
        return new PipeFacts(a.networkKind(), a.material(), a.diameterMm(), a.lengthM(), a.installationYear(),
                a.district(), a.consequenceClass(), latestInspectionOn, latestGrade, renewedYear, breaks);
    }

    /** The new pipe starts its age in the renewal year and has no grade of its own yet. */
    PipeFacts renewed(PipeRenewed e) {
        return new PipeFacts(networkKind, e.material(), e.diameterMm(), lengthM, e.year(), district, consequenceClass,
                latestInspectionOn, null, e.year(), breaks);
    }

    /** Age and breaks counted as of {@code asOf}: breaks in the {@value #BREAK_WINDOW_YEARS} years up to it. */
    RiskInputs riskInputs(Integer grade, boolean openLeak, LocalDate asOf) {
        LocalDate since = breakWindowStart(asOf);
        long recent = breaks.stream().filter(failedOn -> !failedOn.isBefore(since) && !failedOn.isAfter(asOf)).count();
        double km = lengthM / 1000.0;
        return new RiskInputs(grade, openLeak, asOf.getYear() - installationYear, SERVICE_LIFE.of(material),
                km > 0 ? recent / km : null, diameterMm, networkKind, consequenceClass);
    }
}
