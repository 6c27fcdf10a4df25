package se.valedger.app.plant;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import se.valedger.kernel.NotFound;
import se.valedger.plant.FindOverflows;
import se.valedger.plant.FindPlantCapacity;
import se.valedger.plant.FindWeeklyLoad;
import se.valedger.plant.PermitUtilisation;
import se.valedger.plant.PlantCapacity;
import se.valedger.plant.PlantOverflows;
import se.valedger.plant.PlantWeeklyLoad;

/** A plant's yearly report ({@link PlantReport}), composed from the weekly load, overflow and capacity read models. */
@Service
public class PlantReports {

    /** How many years back the forecast looks for yearly maxima. */
    static final int FORECAST_YEARS = 15;
    static final String FORECAST_METHOD = "Linear least-squares trend of the yearly maximum average weekly load "
            + "(unusual weeks left out), at least 3 years with samples among the last " + FORECAST_YEARS + "; the year "
            + "the line reaches the permitted connection. The trend of the 12-month mean is in GET .../capacity";

    private final QueryGateway queries;
    private final DryWeatherSettings dryWeather;

    PlantReports(QueryGateway queries, DryWeatherSettings dryWeather) {
        this.queries = queries;
        this.dryWeather = dryWeather;
    }

    /** The overflows of a year per point and the system's dry-weather share, dry days by the configured rule. */
    public PlantOverflows overflows(String plantId, int year) {
        return queries.query(new FindOverflows(plantId, year, dryWeather.rule()),
                ResponseTypes.optionalInstanceOf(PlantOverflows.class)).join()
                .orElseThrow(() -> new NotFound("No treatment plant with id " + plantId + " is registered"));
    }

    public PlantReport of(String plantId, int year) {
        PlantWeeklyLoad weekly = weekly(plantId, year);
        PlantOverflows overflows = overflows(plantId, year);
        PlantCapacity capacity = queries.query(new FindPlantCapacity(plantId, null, null),
                ResponseTypes.optionalInstanceOf(PlantCapacity.class)).join().orElseThrow();
        List<PlantWeeklyLoad.Week> counted = weekly.weeks().stream().filter(PlantWeeklyLoad.Week::counted).toList();
        Double mean = counted.isEmpty() ? null : counted.stream().mapToDouble(PlantWeeklyLoad.Week::loadPe).average()
                .orElseThrow();
        List<PlantReport.WeeksOver> over = new ArrayList<>();
        for (int level : PermitUtilisation.levels(capacity.thresholdsPercent())) {
            int n = (int) counted.stream().filter(w -> weekly.permittedPe() > 0
                    && PermitUtilisation.over(w.loadPe() / weekly.permittedPe() * 100.0, level)).count();
            over.add(new PlantReport.WeeksOver(level, n));
        }
        PlantCapacity.Year days = capacity.years().stream().filter(y -> y.year() == year).findFirst().orElse(null);
        PlantReport.Inflow inflow = new PlantReport.Inflow(days == null ? 0 : days.measuredDays(),
                days == null ? null : days.totalInflowM3(), days == null ? null : days.meanInflowM3(),
                weekly.daysOverDesignFlow(), weekly.daysWithPeakHourOverDesignFlow());
        return new PlantReport(plantId, year, weekly.permittedPe(), weekly.permitAssumed(), weekly.permitBasis().name(),
                weekly.maxWeek(), weekly.utilisationPercent(), mean, weekly.samplesInYear(), weekly.samplesPerYear(),
                over, inflow, weekly.weeks(), overflows.points(), overflows.system(), forecast(plantId, year,
                weekly.permittedPe()), weekly.assumed());
    }

    private PlantWeeklyLoad weekly(String plantId, int year) {
        return queries.query(new FindWeeklyLoad(plantId, year), ResponseTypes.optionalInstanceOf(PlantWeeklyLoad.class))
                .join().orElseThrow(() -> new NotFound("No treatment plant with id " + plantId + " is registered"));
    }

    private PlantReport.Forecast forecast(String plantId, int year, int permittedPe) {
        List<PlantReport.YearMax> maxima = new ArrayList<>();
        for (int y = year - FORECAST_YEARS + 1; y <= year; y++) {
            PlantWeeklyLoad w = weekly(plantId, y);
            if (w.maxWeek() != null) {
                maxima.add(new PlantReport.YearMax(y, w.maxWeek().week(), w.maxWeek().loadPe()));
            }
        }
        if (maxima.size() < 3) {
            return new PlantReport.Forecast(FORECAST_METHOD, "INSUFFICIENT_DATA", maxima, null, null);
        }
        double n = maxima.size();
        double mx = maxima.stream().mapToDouble(PlantReport.YearMax::year).sum() / n;
        double my = maxima.stream().mapToDouble(PlantReport.YearMax::loadPe).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (PlantReport.YearMax m : maxima) {
            sxy += (m.year() - mx) * (m.loadPe() - my);
            sxx += (m.year() - mx) * (m.year() - mx);
        }
        double slope = sxy / sxx;
        double latest = maxima.get(maxima.size() - 1).loadPe();
        if (latest > permittedPe) {
            return new PlantReport.Forecast(FORECAST_METHOD, "ALREADY_EXCEEDED", maxima, slope, null);
        }
        if (slope <= 0) {
            return new PlantReport.Forecast(FORECAST_METHOD, "NOT_ON_CURRENT_TREND", maxima, slope, null);
        }
        double reached = mx + (permittedPe - my) / slope;
        int reachedYear = (int) Math.ceil(reached);
        if (reachedYear > year + 100) {
            return new PlantReport.Forecast(FORECAST_METHOD, "BEYOND_100_YEARS", maxima, slope, null);
        }
        return new PlantReport.Forecast(FORECAST_METHOD, "REACHED", maxima, slope, Math.max(reachedYear, year));
    }
}
