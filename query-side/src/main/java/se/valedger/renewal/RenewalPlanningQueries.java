package se.valedger.renewal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import se.valedger.risk.RiskModel;
import org.springframework.stereotype.Component;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.RenewalMethod;

/** Proposals, forecasts and plans, answered from the renewal-planning read model. */
@Component
class RenewalPlanningQueries {

    private static final String IN_SERVICE = "status = 'IN_SERVICE'";

    private final JdbcTemplate jdbc;
    private final RenewalUnitCosts costs;
    private final CohortSurvival survival;

    private final PipeRiskAssessor risk;

    RenewalPlanningQueries(JdbcTemplate jdbc, RenewalUnitCosts costs, CohortSurvival survival, RiskModel model) {
        this.jdbc = jdbc;
        this.costs = costs;
        this.survival = survival;
        this.risk = new RiskScoreAssessor(RenewalSeams.SERVICE_LIFE, model);
    }

    @QueryHandler
    RenewalProposal handle(ProposeRenewals query) {
        // asOf: the risk as of that date's year, whatever year the proposal is for (issue 17).
        PipeRiskAssessor scoring = query.asOf() == null ? risk : new PipeRiskAssessor() {
            @Override
            public PipeRisk assess(NetworkPipe pipe, int year) {
                return risk.assess(pipe, query.asOf().getYear());
            }

            @Override
            public PipeRisk rank(NetworkPipe pipe, int year) {
                return risk.rank(pipe, query.asOf().getYear());
            }
        };
        RenewalProposer proposer = new RenewalProposer(costs, scoring);
        StringBuilder filters = new StringBuilder();
        List<Object> args = new java.util.ArrayList<>();
        if (query.district() != null && !query.district().isBlank()) {
            filters.append(" AND district = ?");
            args.add(query.district());
        }
        if (query.networkKind() != null) {
            filters.append(" AND network_kind = ?");
            args.add(query.networkKind().name());
        }
        // Pipes an open plan already holds cannot be planned again (PipeInAtMostOneOpenPlan).
        List<NetworkPipe> candidates = pipes(" WHERE " + IN_SERVICE + filters + " " + """
                 AND NOT EXISTS (SELECT 1 FROM renewal.plan_item i JOIN renewal.plan p ON p.plan_id = i.plan_id
                                 WHERE i.pipe_id = renewal.pipe.pipe_id AND p.status <> 'COMPLETED')""", args.toArray());
        RenewalProposal proposal = proposer.propose(candidates, query.year(), query.budgetSek(), query.strategy());
        if (!query.forecast()) {
            return proposal;
        }
        RenewalForecast forecast = new RenewalForecast(proposer, RenewalSeams.SERVICE_LIFE, survival);
        return proposal.withForecast(forecast.compare(pipes(" WHERE " + IN_SERVICE + filters, args.toArray()),
                query.year(), query.budgetSek()));
    }

    private List<NetworkPipe> pipes(String where, Object... args) {
        return jdbc.query("""
                SELECT pipe_id, network_kind, material, diameter_mm, length_m, installation_year, consequence_class,
                       latest_grade, last_inspected_on FROM renewal.pipe""" + where + " ORDER BY pipe_id",
                (rs, n) -> new NetworkPipe(rs.getString("pipe_id"), NetworkKind.valueOf(rs.getString("network_kind")),
                        Material.valueOf(rs.getString("material")), rs.getInt("diameter_mm"), rs.getDouble("length_m"),
                        rs.getInt("installation_year"), rs.getInt("consequence_class"), (Integer) rs.getObject("latest_grade"),
                        rs.getDate("last_inspected_on") == null ? null : rs.getDate("last_inspected_on").toLocalDate()), args);
    }

    @QueryHandler
    Optional<RenewalPlanView> handle(FindRenewalPlan query) {
        return plans(" WHERE plan_id = ?", query.planId()).stream().findFirst();
    }

    @QueryHandler
    List<RenewalPlanView> handle(FindRenewalPlans query) {
        return query.status() == null || query.status().isBlank()
                ? plans("")
                : plans(" WHERE status = ?", query.status());
    }

    private List<RenewalPlanView> plans(String where, Object... args) {
        Map<String, List<RenewalPlanView.Item>> items = new LinkedHashMap<>();
        List<RenewalPlanView> headers = jdbc.query("SELECT * FROM renewal.plan" + where + " ORDER BY drafted_at DESC, plan_id",
                (rs, n) -> header(rs, items.computeIfAbsent(rs.getString("plan_id"), id -> new ArrayList<>())), args);
        if (headers.isEmpty()) {
            return headers;
        }
        jdbc.query("SELECT * FROM renewal.plan_item WHERE plan_id = ANY (?) ORDER BY position",
                rs -> {
                    List<RenewalPlanView.Item> list = items.get(rs.getString("plan_id"));
                    list.add(new RenewalPlanView.Item(rs.getString("pipe_id"), RenewalMethod.of(rs.getString("method")),
                            rs.getLong("estimated_cost_sek"), rs.getString("status"), (Integer) rs.getObject("executed_year"),
                            rs.getString("new_material"), (Long) rs.getObject("actual_cost_sek"),
                            rs.getBoolean("renewal_dispatched")));
                },
                (Object) items.keySet().toArray(String[]::new));
        return headers.stream().map(h -> new RenewalPlanView(h.planId(), h.year(), h.programme(), h.budgetSek(), h.author(),
                h.status(), h.items().stream().mapToLong(RenewalPlanView.Item::estimatedCostSek).sum(), h.submittedBy(),
                h.reviewedBy(), h.returnReason(), h.draftedAt(), h.updatedAt(), List.copyOf(h.items()))).toList();
    }

    private static RenewalPlanView header(ResultSet rs, List<RenewalPlanView.Item> items) throws SQLException {
        return new RenewalPlanView(rs.getString("plan_id"), (Integer) rs.getObject("year"), rs.getString("programme"),
                rs.getLong("budget_sek"), rs.getString("author"), rs.getString("status"), 0, rs.getString("submitted_by"),
                rs.getString("reviewed_by"), rs.getString("return_reason"), rs.getTimestamp("drafted_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), items);
    }
}
