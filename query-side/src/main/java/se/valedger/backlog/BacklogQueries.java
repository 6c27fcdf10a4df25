package se.valedger.backlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.pipe.NetworkKind;
import se.valedger.risk.RiskFactor;

@Component
class BacklogQueries {

    private static final TypeReference<List<RiskFactor>> FACTORS = new TypeReference<>() {
    };

    /** Counting stops here; past it the page says "at least". */
    static final int COUNT_CAP = 10_000;

    private final JdbcTemplate jdbc;

    BacklogQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    BacklogPage handle(FindBacklog query) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (query.status() == null) {
            where.append(" WHERE status IN ('OPEN','SCHEDULED')");
        } else {
            where.append(" WHERE status = ?");
            args.add(query.status().name());
        }
        if (query.networkKind() != null) {
            where.append(" AND network_kind = ?");
            args.add(query.networkKind().name());
        }
        if (query.district() != null && !query.district().isBlank()) {
            where.append(" AND district = ?");
            args.add(query.district());
        }
        if (query.source() != null) {
            where.append(" AND source = ?");
            args.add(query.source().name());
        }
        String order = query.sort() == BacklogSort.DUE
                ? " ORDER BY due_at ASC NULLS LAST, risk DESC, item_id"
                : " ORDER BY risk DESC, due_at ASC NULLS LAST, item_id";
        Long total = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM backlog.item" + where + " LIMIT "
                + COUNT_CAP + ") counted", Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<BacklogItem> items = jdbc.query("SELECT * FROM backlog.item" + where + order + " LIMIT ? OFFSET ?",
                (rs, n) -> item(rs), pageArgs.toArray());
        long counted = total == null ? 0 : total;
        return new BacklogPage(items, query.page(), query.size(), counted, counted >= COUNT_CAP);
    }

    private static BacklogItem item(ResultSet rs) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        var found = rs.getDate("found_on");
        String kind = rs.getString("network_kind");
        try {
            return new BacklogItem(rs.getString("item_id"), BacklogSource.valueOf(rs.getString("source")),
                    rs.getString("source_id"), rs.getString("pipe_id"), BacklogStatus.valueOf(rs.getString("status")),
                    kind == null ? null : NetworkKind.valueOf(kind), rs.getString("district"),
                    (Integer) rs.getObject("grade"), found == null ? null : found.toLocalDate(),
                    due == null ? null : due.toInstant(), rs.getInt("likelihood"), rs.getInt("consequence"),
                    rs.getInt("risk"), rs.getString("risk_version"),
                    BacklogProjection.JSON.readValue(rs.getString("explanation"), FACTORS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored explanation is not valid JSON", e);
        }
    }
}
