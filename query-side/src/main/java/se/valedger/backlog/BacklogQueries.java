package se.valedger.backlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.NetworkKind;
import se.valedger.risk.RiskFactor;
import se.valedger.risk.RiskModel;
import se.valedger.risk.RiskScore;

/**
 * Pages of the backlog, scored as of a date (issue 17, "time that passes").
 *
 * <p>Today: the stored scores are kept as of the utility's today. When a read finds {@code backlog.scoring} older than
 * today it rescores every active item of a registered pipe as of today from the facts the backlog stores (its
 * inspection's condition and date, the pipe's age, breaks and attributes), in one transaction, once per day and node
 * race ({@code INSERT ... ON CONFLICT ... WHERE older}: a second reader waits for the first and finds the day done); the
 * handlers score as of that date or their event's, whichever is later. Rows the processor holds at that moment are
 * skipped ({@code FOR UPDATE SKIP LOCKED}): it is writing them as of its event's day, so the rescoring never waits for
 * it and the two cannot deadlock. The result depends only on the stored facts and the date, so a rebuilt backlog reads the same.
 *
 * <p>Another date ({@code asOf}): the active items matching the filters are scored as of it when read, sorted and
 * paged in memory (slower than today's list: it reads every matching item). The items are those active now; an
 * {@code asOf} in the past scores them as of then, it does not show the backlog as it was.
 */
@Component
class BacklogQueries {

    private static final TypeReference<List<RiskFactor>> FACTORS = new TypeReference<>() {
    };

    /** Counting stops here; past it the page says "at least". */
    static final int COUNT_CAP = 10_000;

    private static final String ACTIVE_OF_PIPES = "SELECT item_id, source, pipe_id, grade, found_on, condition::text AS "
            + "condition FROM backlog.item WHERE pipe_id IS NOT NULL AND " + ItemStatements.ACTIVE + " ORDER BY item_id";

    /**
     * {@link ItemStatements#RESCORE} for a row no one else holds: a row the backlog processor is writing at this moment
     * is skipped (it scores it itself), so the rescoring never waits for the processor and the two cannot deadlock.
     */
    private static final String RESCORE_UNLESS_LOCKED = ItemStatements.RESCORE
            + " AND item_id IN (SELECT item_id FROM backlog.item WHERE item_id = ? FOR UPDATE SKIP LOCKED)";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    private final RiskModel model;

    BacklogQueries(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions, RiskModel model) {
        this.jdbc = jdbc;
        this.model = model;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @QueryHandler
    BacklogPage handle(FindBacklog query) {
        LocalDate today = UtilityTime.today(clock);
        LocalDate stored = scoredTo(today);
        LocalDate asOf = query.asOf() == null ? today : query.asOf();
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
        if (!asOf.equals(stored)) {
            return scoredWhenRead(query, where.toString(), args, asOf);
        }
        String order = query.sort() == BacklogSort.DUE
                ? " ORDER BY due_at ASC NULLS LAST, risk DESC, item_id"
                : " ORDER BY risk DESC, due_at ASC NULLS LAST, item_id";
        Long total = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM backlog.item" + where + " LIMIT "
                + COUNT_CAP + ") counted", Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<BacklogItem> items = jdbc.query("SELECT *, condition::text AS condition_json FROM backlog.item" + where
                + order + " LIMIT ? OFFSET ?", (rs, n) -> item(rs, stored), pageArgs.toArray());
        long counted = total == null ? 0 : total;
        return new BacklogPage(items, query.page(), query.size(), counted, counted >= COUNT_CAP);
    }

    /** The date the stored scores are as of, after rescoring them to {@code today} if they were older. */
    LocalDate scoredTo(LocalDate today) {
        Optional<LocalDate> stored = storedDate();
        if (stored.isPresent() && !stored.get().isBefore(today)) {
            return stored.get();
        }
        transaction.executeWithoutResult(status -> {
            int won = jdbc.update("""
                    INSERT INTO backlog.scoring (id, scored_as_of) VALUES (1, ?) ON CONFLICT (id) DO UPDATE
                    SET scored_as_of = EXCLUDED.scored_as_of WHERE backlog.scoring.scored_as_of < EXCLUDED.scored_as_of""",
                    java.sql.Date.valueOf(today));
            if (won == 1) {
                rescoreActive(today);
            }
        });
        return storedDate().orElse(today);
    }

    private Optional<LocalDate> storedDate() {
        return jdbc.query("SELECT scored_as_of FROM backlog.scoring WHERE id = 1", (rs, n) -> rs.getDate(1).toLocalDate())
                .stream().findFirst();
    }

    private void rescoreActive(LocalDate asOf) {
        List<Map<String, Object>> items = jdbc.queryForList(ACTIVE_OF_PIPES);
        PipesOfBatch pipes = PipesOfBatch.current(jdbc);
        pipes.load(items.stream().map(i -> (String) i.get("pipe_id")).toList());
        List<Object[]> updates = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Optional<PipeFacts> pipe = pipes.get((String) item.get("pipe_id"));
            if (pipe.isEmpty()) {
                continue; // no pipe row: nothing in its score depends on the date
            }
            RiskScore risk = BacklogProjection.score(pipe, BacklogProjection.evidence(item, pipe),
                    "LEAK".equals(item.get("source")), null, asOf, model);
            Object[] args = ItemStatements.rescore((String) item.get("item_id"), risk);
            Object[] guarded = java.util.Arrays.copyOf(args, args.length + 1);
            guarded[args.length] = item.get("item_id");
            updates.add(guarded);
        }
        for (int from = 0; from < updates.size(); from += 1000) {
            jdbc.batchUpdate(RESCORE_UNLESS_LOCKED, updates.subList(from, Math.min(updates.size(), from + 1000)));
        }
    }

    private BacklogPage scoredWhenRead(FindBacklog query, String where, List<Object> args, LocalDate asOf) {
        List<BacklogItem> all = jdbc.query("SELECT *, condition::text AS condition_json FROM backlog.item" + where,
                (rs, n) -> item(rs, null), args.toArray());
        PipesOfBatch pipes = PipesOfBatch.current(jdbc);
        pipes.load(all.stream().map(BacklogItem::pipeId).toList());
        List<BacklogItem> scored = new ArrayList<>(all.size());
        for (BacklogItem i : all) {
            Optional<PipeFacts> pipe = pipes.get(i.pipeId());
            if (pipe.isEmpty()) {
                scored.add(withScore(i, null, asOf));
                continue;
            }
            PipeFacts.Evidence evidence = i.source() == BacklogSource.INSPECTION && i.foundOn() != null
                    ? new PipeFacts.Evidence(i.condition() != null ? i.condition() : Conditions.ofGrade(i.grade()),
                    i.foundOn())
                    : pipe.get().latestEvidence();
            scored.add(withScore(i, BacklogProjection.score(pipe, evidence, i.source() == BacklogSource.LEAK, null,
                    asOf, model), asOf));
        }
        Comparator<BacklogItem> byRisk = Comparator.comparingInt(BacklogItem::risk).reversed();
        Comparator<BacklogItem> byDue = Comparator.comparing(BacklogItem::dueAt,
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
        Comparator<BacklogItem> order = query.sort() == BacklogSort.DUE ? byDue.thenComparing(byRisk) : byRisk.thenComparing(byDue);
        scored.sort(order.thenComparing(BacklogItem::itemId));
        int from = (int) Math.min(scored.size(), (long) query.page() * query.size());
        int to = Math.min(scored.size(), from + query.size());
        return new BacklogPage(List.copyOf(scored.subList(from, to)), query.page(), query.size(), scored.size(), false);
    }

    private static BacklogItem withScore(BacklogItem i, RiskScore risk, LocalDate asOf) {
        if (risk == null) {
            return i;
        }
        return new BacklogItem(i.itemId(), i.source(), i.sourceId(), i.pipeId(), i.status(), i.networkKind(), i.district(),
                i.grade(), i.foundOn(), i.dueAt(), risk.likelihood(), risk.consequence(), risk.score(), risk.version(),
                risk.factors(), i.condition(), i.inspected(), asOf);
    }

    private static BacklogItem item(ResultSet rs, LocalDate scoredAsOf) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        var found = rs.getDate("found_on");
        String kind = rs.getString("network_kind");
        var condition = Conditions.read(rs.getString("condition_json"));
        String source = rs.getString("source");
        try {
            return new BacklogItem(rs.getString("item_id"), BacklogSource.valueOf(source),
                    rs.getString("source_id"), rs.getString("pipe_id"), BacklogStatus.valueOf(rs.getString("status")),
                    kind == null ? null : NetworkKind.valueOf(kind), rs.getString("district"),
                    (Integer) rs.getObject("grade"), found == null ? null : found.toLocalDate(),
                    due == null ? null : due.toInstant(), rs.getInt("likelihood"), rs.getInt("consequence"),
                    rs.getInt("risk"), rs.getString("risk_version"),
                    BacklogProjection.JSON.readValue(rs.getString("explanation"), FACTORS), condition,
                    condition != null || "INSPECTION".equals(source), scoredAsOf);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored explanation is not valid JSON", e);
        }
    }
}
