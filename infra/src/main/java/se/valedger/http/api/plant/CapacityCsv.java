package se.valedger.http.api.plant;

import java.util.Locale;
import se.valedger.app.CsvCells;
import se.valedger.plant.PlantCapacity;

/** The capacity overview's days as CSV (comma-separated, decimal point, one row per measured day). */
final class CapacityCsv {

    static final String HEADER = "date,inflow_m3,bod7_kg,load_pe,permit_pe,design_flow_m3_per_day,"
            + "load_utilisation_pct,flow_utilisation_pct,inflow_7d_mean_m3,load_7d_mean_pe,inflow_12m_mean_m3,"
            + "load_12m_mean_pe,corrections";

    private CapacityCsv() {
    }

    static String write(PlantCapacity capacity) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (PlantCapacity.Day d : capacity.days()) {
            csv.append(CsvCells.plain(d.date().toString())).append(',')
                    .append(number(d.inflowM3())).append(',')
                    .append(number(d.bod7Kg())).append(',')
                    .append(number(d.loadPe())).append(',')
                    .append(CsvCells.plain(Integer.toString(d.permitPe()))).append(',')
                    .append(number(d.designFlowM3PerDay())).append(',')
                    .append(number(d.loadUtilisationPercent())).append(',')
                    .append(number(d.flowUtilisationPercent())).append(',')
                    .append(number(d.inflow7DayMeanM3())).append(',')
                    .append(number(d.load7DayMeanPe())).append(',')
                    .append(number(d.inflow12MonthMeanM3())).append(',')
                    .append(number(d.load12MonthMeanPe())).append(',')
                    .append(CsvCells.plain(Integer.toString(d.corrections()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String number(Double value) {
        return value == null ? "" : CsvCells.plain(String.format(Locale.ROOT, "%.3f", value));
    }
}
