package se.valedger.app.imports.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import se.valedger.kernel.InvalidInput;
import se.valedger.plant.LabParameter;
import se.valedger.plant.LabUnit;

/**
 * Which column of an export holds what, recognised by the usual SCADA/LIMS names (English and Swedish), with the
 * unit in brackets or parentheses after the name ({@code bod7 [mg/l]}, {@code BOD7 (kg/d)}, {@code flöde [m3/d]}).
 * A lab column (BOD7, BOD5, COD, tot-P, tot-N) must carry a unit we know (mg/l or kg/d); one without, or with
 * another, refuses the file naming the column: a value is never read in a guessed unit.
 */
record Columns(int time, int inflow, int precipitation, List<LabColumn> lab) {

    record LabColumn(int index, String name, LabParameter parameter, LabUnit unit) {
    }

    static Columns of(List<String> header, List<String> units) {
        int time = find(header, h -> h.equals("datetime") || h.equals("timestamp") || h.equals("time")
                || h.equals("date") || h.equals("datum") || h.equals("tid") || h.equals("date_time")
                || h.equals("datum_tid") || h.equals("dag") || h.equals("day"));
        if (time < 0) {
            throw new InvalidInput("file", "line 1: no time column; name it datetime (hourly) or date (daily). Header was "
                    + header);
        }
        List<LabColumn> lab = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            LabParameter parameter = parameter(header.get(i));
            if (parameter == null) {
                continue;
            }
            String written = units.get(i);
            LabUnit unit = LabUnit.parse(written);
            if (unit == null) {
                throw new InvalidInput(header.get(i), "line 1, column " + (i + 1) + " '" + header.get(i) + "': "
                        + (written == null ? "no unit" : "the unit [" + written + "] is not known")
                        + "; write the unit in brackets, [mg/l] or [kg/d] (a value is never read in a guessed unit)");
            }
            if (lab.stream().anyMatch(c -> c.parameter() == parameter)) {
                throw new InvalidInput(header.get(i), "line 1, column " + (i + 1) + ": " + parameter
                        + " is in two columns; give each parameter once");
            }
            lab.add(new LabColumn(i, header.get(i), parameter, unit));
        }
        Columns columns = new Columns(time,
                find(header, h -> h.contains("flow") || h.contains("flöde") || h.contains("flode") || h.equals("q")
                        || h.equals("q_in")),
                find(header, h -> h.contains("precip") || h.startsWith("nederbörd") || h.startsWith("rain")),
                List.copyOf(lab));
        if (columns.inflow < 0 && columns.precipitation < 0 && lab.isEmpty()) {
            throw new InvalidInput("file", "line 1: no measurement column (flow/inflow, bod7, bod5, cod, tot_p, tot_n, "
                    + "precipitation). Header was " + header);
        }
        return columns;
    }

    private static LabParameter parameter(String h) {
        LabParameter named = LabParameter.named(h);
        if (named != null) {
            return named;
        }
        if (h.startsWith("bod7")) {
            return LabParameter.BOD7;
        }
        if (h.startsWith("bod5")) {
            return LabParameter.BOD5;
        }
        if (h.startsWith("cod")) {
            return LabParameter.COD;
        }
        if (h.startsWith("total_phosphorus") || h.startsWith("phosphorus") || h.startsWith("fosfor") || h.startsWith("tot_p_")) {
            return LabParameter.TOT_P;
        }
        if (h.startsWith("total_nitrogen") || h.startsWith("nitrogen") || h.startsWith("kväve") || h.startsWith("tot_n_")) {
            return LabParameter.TOT_N;
        }
        return null;
    }

    private static int find(List<String> header, Predicate<String> matches) {
        for (int i = 0; i < header.size(); i++) {
            if (matches.test(header.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
