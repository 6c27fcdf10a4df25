package se.valedger.pipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.inspection.PipeCondition;

@Component
class PipeRegisterQueries {

    static final String COLUMNS = """
            pipe_id, network_kind, material, diameter_mm, length_m, installation_year, district,
            consequence_class, geometry, start_node, end_node, status, latest_grade, last_inspected_on,
            inspection_count, registered_at, renewed_year, renewal_method, decommissioned_on, condition::text AS condition,
            assumed, hydraulic_status""";

    private final JdbcTemplate jdbc;

    PipeRegisterQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<PipeSummary> handle(FindPipe query) {
        return jdbc.query("SELECT " + COLUMNS + " FROM register.pipe WHERE pipe_id = ?",
                (rs, n) -> toSummary(rs), query.pipeId()).stream().findFirst();
    }

    /**
     * Ids in natural order (issue 21): digit runs compare as numbers (ICU's numeric collation, {@code kn}), so 2
     * comes before 10 and VA-2 before VA-10; the byte order of the id breaks ties so paging is stable.
     */
    static final String NATURAL_ORDER = "pipe_id COLLATE register.natural_sort, pipe_id COLLATE \"C\"";

    /** Candidates of about the same length, then the fewest edits; ties go to the naturally first id. */
    @QueryHandler
    SimilarPipeId handle(FindSimilarPipeId query) {
        String wanted = query.pipeId() == null ? "" : query.pipeId().strip();
        if (wanted.isEmpty()) {
            return new SimilarPipeId(null, 0);
        }
        List<String> candidates = jdbc.queryForList("SELECT pipe_id FROM register.pipe WHERE length(pipe_id) BETWEEN ? AND ?"
                + " ORDER BY " + NATURAL_ORDER + " LIMIT 200000", String.class, wanted.length() - 2, wanted.length() + 2);
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int d = edits(wanted.toUpperCase(java.util.Locale.ROOT), candidate.toUpperCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? new SimilarPipeId(null, 0) : new SimilarPipeId(best, bestDistance);
    }

    /** Optimal string alignment distance: inserts, deletes, replacements and swaps of two neighbours. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @QueryHandler
    PipePage handle(FindPipes query) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (query.networkKind() != null) {
            where.append(" AND network_kind = ?");
            args.add(query.networkKind().name());
        }
        if (query.district() != null && !query.district().isBlank() && query.districtPrefix()) {
            where.append(" AND lower(district) LIKE ? ESCAPE '\\'");
            args.add(query.district().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        } else if (query.district() != null && !query.district().isBlank()) {
            where.append(" AND district = ?");
            args.add(query.district());
        }
        if (query.idPrefix() != null && !query.idPrefix().isBlank()) {
            where.append(" AND pipe_id LIKE ? ESCAPE '\\'");
            args.add(query.idPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM register.pipe" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<PipeSummary> items = jdbc.query("SELECT " + COLUMNS + " FROM register.pipe" + where
                + " ORDER BY " + NATURAL_ORDER + " LIMIT ? OFFSET ?", (rs, n) -> toSummary(rs), pageArgs.toArray());
        return new PipePage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    static PipeSummary toSummary(ResultSet rs) throws SQLException {
        var lastInspected = rs.getDate("last_inspected_on");
        return new PipeSummary(
                rs.getString("pipe_id"),
                NetworkKind.valueOf(rs.getString("network_kind")),
                Material.valueOf(rs.getString("material")),
                rs.getInt("diameter_mm"),
                rs.getDouble("length_m"),
                rs.getInt("installation_year"),
                rs.getString("district"),
                rs.getInt("consequence_class"),
                geometry(rs.getString("geometry")),
                rs.getString("start_node"),
                rs.getString("end_node"),
                PipeStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("latest_grade"),
                lastInspected == null ? null : lastInspected.toLocalDate(),
                rs.getInt("inspection_count"),
                rs.getTimestamp("registered_at").toInstant(),
                (Integer) rs.getObject("renewed_year"),
                RenewalMethod.of(rs.getString("renewal_method")),
                rs.getDate("decommissioned_on") == null ? null : rs.getDate("decommissioned_on").toLocalDate(),
                condition(rs.getString("condition")),
                PipeRegisterProjection.assumedList(rs.getString("assumed")),
                rs.getString("hydraulic_status"));
    }

    private static PipeCondition condition(String json) {
        if (json == null) {
            return null;
        }
        try {
            return PipeRegisterProjection.GEOMETRY_JSON.readValue(json, PipeCondition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored condition is not valid JSON", e);
        }
    }

    private static Geometry geometry(String json) {
        if (json == null) {
            return null;
        }
        try {
            return PipeRegisterProjection.GEOMETRY_JSON.readValue(json, Geometry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored geometry is not valid JSON", e);
        }
    }
}
