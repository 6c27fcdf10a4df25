package se.valedger.app.imports.plant;

import java.util.List;
import java.util.function.Predicate;
import se.valedger.kernel.InvalidInput;

/** Which column of an export holds what, recognised by the usual SCADA/LIMS names (English and Swedish). */
record Columns(int time, int inflow, int bod7, int phosphorus, int nitrogen, int precipitation) {

    static Columns of(List<String> header) {
        int time = find(header, h -> h.equals("datetime") || h.equals("timestamp") || h.equals("time")
                || h.equals("date") || h.equals("datum") || h.equals("tid") || h.equals("date_time")
                || h.equals("datum_tid") || h.equals("dag") || h.equals("day"));
        if (time < 0) {
            throw new InvalidInput("file", "line 1: no time column; name it datetime (hourly) or date (daily). Header was "
                    + header);
        }
        Columns columns = new Columns(time,
                find(header, h -> h.contains("flow") || h.contains("flöde") || h.contains("flode") || h.equals("q")
                        || h.equals("q_in")),
                find(header, h -> h.startsWith("bod")),
                find(header, h -> h.equals("tot_p") || h.equals("total_p") || h.equals("p_tot") || h.equals("totp")
                        || h.startsWith("total_phosphorus") || h.startsWith("phosphorus") || h.startsWith("fosfor")
                        || h.startsWith("tot_p_")),
                find(header, h -> h.equals("tot_n") || h.equals("total_n") || h.equals("n_tot") || h.equals("totn")
                        || h.startsWith("total_nitrogen") || h.startsWith("nitrogen") || h.startsWith("kväve")
                        || h.startsWith("tot_n_")),
                find(header, h -> h.contains("precip") || h.startsWith("nederbörd") || h.startsWith("rain")));
        if (columns.inflow < 0 && columns.bod7 < 0 && columns.phosphorus < 0 && columns.nitrogen < 0
                && columns.precipitation < 0) {
            throw new InvalidInput("file", "line 1: no measurement column (flow/inflow, bod7, tot_p, tot_n, precipitation). "
                    + "Header was " + header);
        }
        return columns;
    }

    private static int find(List<String> header, Predicate<String> matches) {
        for (int i = 0; i < header.size(); i++) {
            if (matches.test(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    String name(List<String> header, int column) {
        return header.get(column);
    }
}
