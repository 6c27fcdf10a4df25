package se.valedger.workorder;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class WorkOrderQueries {

    private final JdbcTemplate jdbc;
    private final RecurrenceMakesARenewalCandidate recurrence;

    WorkOrderQueries(JdbcTemplate jdbc, RecurrenceMakesARenewalCandidate recurrence) {
        this.jdbc = jdbc;
        this.recurrence = recurrence;
    }

    @QueryHandler
    WorkOrderPage handle(FindWorkOrders query) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (query.kind() != null) {
            where.append(" AND w.kind = ?");
            args.add(query.kind().name());
        }
        if (query.status() != null) {
            where.append(" AND w.status = ?");
            args.add(query.status().name());
        }
        if (query.district() != null && !query.district().isBlank()) {
            where.append(" AND p.district = ?");
            args.add(query.district());
        }
        if (query.dueBefore() != null) {
            where.append(" AND w.due_on < ?");
            args.add(Date.valueOf(query.dueBefore()));
        }
        String from = " FROM work_orders.work_order w LEFT JOIN work_orders.pipe p ON p.pipe_id = w.pipe_id";
        Long total = jdbc.queryForObject("SELECT count(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        // Counted when read, so a changed recurrence count applies at once and a rebuild reads the same.
        String doneBefore = """
                , (SELECT count(*) FROM work_orders.work_order d WHERE d.pipe_id = w.pipe_id AND d.task = w.task
                   AND d.kind = 'CLEANING' AND d.status = 'DONE' AND d.done_on <= w.ordered_on
                   AND d.work_order_id <> w.work_order_id) AS done_before""";
        List<WorkOrderView> items = jdbc.query("SELECT w.*, p.district" + doneBefore + from + where
                + " ORDER BY w.due_on, w.work_order_id LIMIT ? OFFSET ?", (rs, n) -> view(rs), pageArgs.toArray());
        return new WorkOrderPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    private WorkOrderView view(ResultSet rs) throws SQLException {
        int done = rs.getInt("done_before");
        boolean cleaning = "CLEANING".equals(rs.getString("kind"));
        return new WorkOrderView(rs.getString("work_order_id"), WorkOrderKind.valueOf(rs.getString("kind")),
                rs.getString("task"), WorkOrderStatus.valueOf(rs.getString("status")), rs.getString("pipe_id"),
                rs.getString("district"), rs.getString("inspection_id"), rs.getString("finding"),
                date(rs.getDate("ordered_on")), date(rs.getDate("due_on")), date(rs.getDate("done_on")),
                rs.getString("crew"), rs.getString("notes"), date(rs.getDate("re_inspection_suggested_on")), done,
                cleaning && recurrence.renewalCandidate(done), cleaning ? recurrence.reason(rs.getString("task"), done) : null);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
