package se.valedger.leak;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers leak queries; a leak is overdue while it is open and its due time has passed (judged at read time). */
@Component
class LeakQueries {

    /** A leak's ordinal among its year's reports, in the order the event log holds them (the short number). */
    static final String NUMBER = "(SELECT count(*) FROM leaks.leak o WHERE o.number_year = l.number_year"
            + " AND o.report_position <= l.report_position)";

    private static final String OPEN = "('REPORTED','CONFIRMED','REPAIR_SCHEDULED')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LeakQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    Optional<LeakView> handle(FindLeak query) {
        Instant now = clock.instant();
        return jdbc.query("SELECT l.*, r.district AS pipe_district, " + NUMBER + " AS number FROM leaks.leak l "
                + "LEFT JOIN register.pipe r ON r.pipe_id = l.pipe_id WHERE l.leak_id = ?", (rs, n) -> view(rs, now), query.leakId())
                .stream().findFirst();
    }

    /** The isolation steps of a local year with their stored customers x minutes (issue 20). */
    @QueryHandler
    LeakInterruptions handle(FindLeakInterruptions query) {
        return new LeakInterruptions(jdbc.query("""
                SELECT s.leak_id, l.pipe_id, s.at, s.facts->>'supplyRestoredAt' AS restored,
                       (s.facts->>'customersWithoutWater')::integer AS customers,
                       (s.facts->>'interruptionCustomerMinutes')::bigint AS minutes
                FROM leaks.leak_step s JOIN leaks.leak l ON l.leak_id = s.leak_id
                WHERE s.step = 'isolate' AND extract(year FROM s.at AT TIME ZONE 'Europe/Stockholm') = ?
                ORDER BY s.at, s.leak_id""", (rs, n) -> new LeakInterruptions.Interruption(rs.getString("leak_id"),
                rs.getString("pipe_id"), instant(rs, "at"),
                rs.getString("restored") == null ? null : Instant.parse(rs.getString("restored")),
                (Integer) rs.getObject("customers"), (Long) rs.getObject("minutes")), query.year()));
    }

    @QueryHandler
    RepairTimes handle(FindRepairTimes query) {
        RepairDeadlines c = query.careW();
        List<RepairTimes.Band> bands = new ArrayList<>();
        bands.add(band("small", null, c.smallBelowMm() - 1, c.smallHours(),
                "(diameter_mm IS NULL OR diameter_mm < ?)", c.smallBelowMm()));
        bands.add(band("medium", c.smallBelowMm(), c.largeAboveMm(), c.mediumHours(),
                "diameter_mm >= ? AND diameter_mm <= ?", c.smallBelowMm(), c.largeAboveMm()));
        bands.add(band("large", c.largeAboveMm() + 1, null, c.largeHours(), "diameter_mm > ?", c.largeAboveMm()));
        return new RepairTimes(bands);
    }

    private RepairTimes.Band band(String name, Integer from, Integer to, double careW, String where, Object... args) {
        List<Object> all = new ArrayList<>();
        all.add(careW);
        all.addAll(List.of(args));
        return jdbc.queryForObject("SELECT count(*), avg(repair_hours), "
                + "percentile_cont(0.5) WITHIN GROUP (ORDER BY repair_hours), "
                + "avg(CASE WHEN repair_hours <= ? THEN 1.0 ELSE 0.0 END) "
                + "FROM leaks.leak WHERE repair_hours IS NOT NULL AND " + where,
                (rs, n) -> new RepairTimes.Band(name, from, to, careW, rs.getLong(1), number(rs.getObject(2)),
                        number(rs.getObject(3)), number(rs.getObject(4))), all.toArray());
    }

    private static Double number(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

    @QueryHandler
    List<LeakStep> handle(FindLeakSteps query) {
        return jdbc.query("SELECT step, at, facts FROM leaks.leak_step WHERE leak_id = ? ORDER BY at, sequence",
                (rs, n) -> {
                    try {
                        return new LeakStep(rs.getString(1), rs.getTimestamp(2).toInstant(),
                                LeakProjection.FACTS.readValue(rs.getString(3),
                                        new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { }));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }, query.leakId());
    }

    @QueryHandler
    LeakPage handle(FindLeaks query) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            where.append(" AND l.status = ?");
            args.add(query.status().name());
        }
        if (query.kind() != null) {
            where.append(" AND l.kind = ?");
            args.add(query.kind().name());
        }
        if (query.pipeId() != null && !query.pipeId().isBlank()) {
            where.append(" AND l.pipe_id = ?");
            args.add(query.pipeId());
        }
        if (query.source() != null && !query.source().isBlank()) {
            where.append(" AND l.source = ?");
            args.add(query.source());
        }
        if (query.district() != null && !query.district().isBlank()) {
            where.append(" AND lower(r.district) LIKE ? ESCAPE '\\'");
            args.add(query.district().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " AND l.status IN " + OPEN + " AND l.due_at < ?"
                    : " AND NOT (l.status IN " + OPEN + " AND l.due_at IS NOT NULL AND l.due_at < ?)");
            args.add(Timestamp.from(now));
        }
        // the district is read from the register's projection (read only; the register owns the table)
        String from = " FROM leaks.leak l LEFT JOIN register.pipe r ON r.pipe_id = l.pipe_id";
        Long total = jdbc.queryForObject("SELECT count(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<LeakView> items = jdbc.query("SELECT l.*, r.district AS pipe_district, " + NUMBER + " AS number" + from + where
                + " ORDER BY " + order(query.sort(), query.descending()) + " LIMIT ? OFFSET ?",
                (rs, n) -> view(rs, now), pageArgs.toArray());
        return new LeakPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    /** Every column sorts with the leak id last, so a page never repeats or skips a row. */
    static String order(LeakSort sort, boolean descending) {
        String dir = descending ? " DESC" : " ASC";
        String nulls = descending ? " NULLS LAST" : " NULLS FIRST";
        if (sort == null) {
            return "l.reported_on DESC, l.reported_at DESC NULLS LAST, l.leak_id";
        }
        return switch (sort) {
            case REPORTED -> "l.reported_on" + dir + ", l.reported_at" + dir + nulls + ", l.leak_id";
            case NUMBER -> "l.number_year" + dir + nulls + ", l.report_position" + dir + nulls + ", l.leak_id";
            case PIPE -> "l.pipe_id COLLATE leaks.natural_sort" + dir + nulls + ", l.leak_id";
            case DISTRICT -> "lower(r.district)" + dir + nulls + ", l.leak_id";
            case KIND -> "l.kind" + dir + ", l.leak_id";
            case STATUS -> "l.status" + dir + ", l.leak_id";
            case DUE -> "l.due_at" + dir + nulls + ", l.leak_id";
        };
    }

    private static LeakView view(ResultSet rs, Instant now) throws SQLException {
        LeakStatus status = LeakStatus.valueOf(rs.getString("status"));
        Instant due = instant(rs, "due_at");
        Double x = (Double) rs.getObject("x");
        return new LeakView(
                rs.getString("leak_id"), rs.getString("pipe_id"), LeakKind.valueOf(rs.getString("kind")),
                LeakSeverity.valueOf(rs.getString("severity")), status, (Double) rs.getObject("estimated_flow_lps"),
                x == null ? null : new Position(rs.getString("crs"), x, (Double) rs.getObject("y")),
                rs.getString("address"), instant(rs, "reported_at"), rs.getDate("reported_on").toLocalDate(),
                rs.getString("reporter"), (Integer) rs.getObject("diameter_mm"), due,
                status.isOpen() && due != null && due.isBefore(now),
                instant(rs, "confirmed_at"), instant(rs, "dismissed_at"), rs.getString("dismiss_reason"),
                instant(rs, "scheduled_for"), rs.getString("crew"), instant(rs, "repaired_at"),
                rs.getString("repair_method") == null ? null : RepairMethod.valueOf(rs.getString("repair_method")),
                (Double) rs.getObject("repair_hours"),
                rs.getString("cause") == null ? null : FailureCause.valueOf(rs.getString("cause")),
                instant(rs, "closed_at"), rs.getString("source"), rs.getString("source_record_id"),
                rs.getString("priority") == null ? null : LeakPriority.valueOf(rs.getString("priority")),
                rs.getString("due_basis"),
                number((Integer) rs.getObject("number_year"), rs.getObject("report_position") == null ? null
                        : rs.getInt("number")),
                rs.getString("pipe_district"));
    }

    /** "L-2026-0042"; null before the projection has numbered the leak. */
    static String number(Integer year, Integer ordinal) {
        return year == null || ordinal == null ? null : String.format(java.util.Locale.ROOT, "L-%d-%04d", year, ordinal);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
