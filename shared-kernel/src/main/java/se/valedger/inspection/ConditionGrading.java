package se.valedger.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Grades an inspection from its observations with {@link GradingRules}: per aspect the worst observation
 * decides the P122 class (the first one wins a tie), and the PACP-style rating sums the grades of all defects.
 */
public final class ConditionGrading {

    /** PACP counts a continuous defect once per started 5 ft (1.5 m) of its length. */
    static final double PACP_SEGMENT_M = 1.5;

    private ConditionGrading() {
    }

    public static InspectionGrading grade(List<Observation> observations) {
        return grade(observations, PipeContext.UNKNOWN);
    }

    /** The grading of the observations made in a pipe of this diameter and rigidity ({@link GradingRules}). */
    public static InspectionGrading grade(List<Observation> observations, PipeContext pipe) {
        Integer dueDays = null;
        DecidingObservation dueBy = null;
        Tally structural = new Tally();
        Tally operational = new Tally();
        Set<String> unknown = new LinkedHashSet<>();
        Map<String, Double> openContinuous = new HashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (!GradingRules.knows(o.code())) {
                unknown.add(GradingRules.normalise(o.code()));
                continue;
            }
            var severity = GradingRules.grade(o, pipe);
            if (severity.isEmpty()) {
                continue;
            }
            Severity s = severity.get();
            if (s.dueDays() != null && (dueDays == null || s.dueDays() < dueDays)) {
                dueDays = s.dueDays();
                dueBy = new DecidingObservation(i, GradingRules.normalise(o.code()), o.distanceM(), s.rule());
            }
            Tally tally = s.aspect() == Aspect.STRUCTURAL ? structural : operational;
            String key = o.code() + "#" + o.continuousDefectNumber();
            if (o.endsContinuousDefect()) {
                // The end marker closes a defect already counted at its start; its extent adds segments.
                Double start = openContinuous.remove(key);
                if (start != null && o.distanceM() != null) {
                    int segments = Math.max(1, (int) Math.ceil((o.distanceM() - start) / PACP_SEGMENT_M));
                    tally.count(s.pacp(), segments - 1);
                } else {
                    tally.count(s.pacp(), 1);
                }
                tally.consider(i, o, s);
                continue;
            }
            if (o.startsContinuousDefect() && o.distanceM() != null) {
                openContinuous.put(key, o.distanceM());
            }
            tally.consider(i, o, s);
            tally.count(s.pacp(), 1);
        }
        return new InspectionGrading(GradingRules.VERSION,
                structural.worstP122(), operational.worstP122(),
                structural.decidedBy, operational.decidedBy,
                structural.worstPacp(), operational.worstPacp(),
                structural.rating(), operational.rating(),
                structural.index(), operational.index(),
                structural.quickRating(), operational.quickRating(),
                new ArrayList<>(unknown), dueDays, dueBy);
    }

    private static final class Tally {
        private DecidingObservation decidedBy;
        private Severity worst;
        private final TreeMap<Integer, Integer> countsByPacp = new TreeMap<>();

        void consider(int index, Observation o, Severity s) {
            if (worst == null || s.p122() > worst.p122() || (s.p122() == worst.p122() && s.pacp() > worst.pacp())) {
                worst = s;
                decidedBy = new DecidingObservation(index, GradingRules.normalise(o.code()), o.distanceM(), s.rule());
            }
        }

        void count(int pacp, int times) {
            if (times > 0) {
                countsByPacp.merge(pacp, times, Integer::sum);
            }
        }

        int worstP122() {
            return worst == null ? 1 : worst.p122();
        }

        int worstPacp() {
            return countsByPacp.isEmpty() ? 0 : countsByPacp.lastKey();
        }

        int rating() {
            return countsByPacp.entrySet().stream().mapToInt(e -> e.getKey() * e.getValue()).sum();
        }

        double index() {
            int defects = countsByPacp.values().stream().mapToInt(Integer::intValue).sum();
            return defects == 0 ? 0 : Math.round(100.0 * rating() / defects) / 100.0;
        }

        String quickRating() {
            StringBuilder quick = new StringBuilder();
            for (var e : countsByPacp.descendingMap().entrySet()) {
                if (quick.length() == 4) {
                    break;
                }
                quick.append(e.getKey()).append(countChar(e.getValue()));
            }
            while (quick.length() < 4) {
                quick.append('0');
            }
            return quick.toString();
        }

        /** PACP writes counts above 9 as letters: 10 = A, 11 = B, ... 35 = Z. */
        private static char countChar(int count) {
            if (count <= 9) {
                return (char) ('0' + count);
            }
            return (char) ('A' + Math.min(count, 35) - 10);
        }
    }
}
