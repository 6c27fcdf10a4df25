package se.valedger.app.renewal;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.app.SchemaMigrations;
import se.valedger.renewal.OpenPlanItems;

/**
 * The open-plan lookup in PostgreSQL (schema {@code renewal_claims}, migrated here with its own
 * Flyway history). JdbcTemplate joins the command's transaction, so a claim lives or dies with the
 * plan's events; the primary key on the pipe makes a concurrent second claim wait and then see the
 * first one.
 */
@Component
class JdbcOpenPlanItems implements OpenPlanItems {

    static final String SCHEMA = "renewal_claims";

    private final JdbcTemplate jdbc;

    JdbcOpenPlanItems(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        SchemaMigrations.migrate(dataSource, SCHEMA, "classpath:db/command/" + SCHEMA);
    }

    @Override
    public Optional<String> claim(String pipeId, String planId) {
        jdbc.update("INSERT INTO renewal_claims.open_plan_item (pipe_id, plan_id) VALUES (?, ?) ON CONFLICT (pipe_id) DO NOTHING",
                pipeId, planId);
        String holder = jdbc.queryForObject("SELECT plan_id FROM renewal_claims.open_plan_item WHERE pipe_id = ?",
                String.class, pipeId);
        return planId.equals(holder) ? Optional.empty() : Optional.ofNullable(holder);
    }

    @Override
    public void release(String pipeId, String planId) {
        jdbc.update("DELETE FROM renewal_claims.open_plan_item WHERE pipe_id = ? AND plan_id = ?", pipeId, planId);
    }

    @Override
    public void releaseAll(String planId) {
        jdbc.update("DELETE FROM renewal_claims.open_plan_item WHERE plan_id = ?", planId);
    }
}
