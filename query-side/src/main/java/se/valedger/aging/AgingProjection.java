package se.valedger.aging;

import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.pipe.PipeAttributes;
import se.valedger.pipe.PipeCorrected;
import se.valedger.pipe.PipeDecommissioned;
import se.valedger.pipe.PipeRegistered;
import se.valedger.pipe.PipeRenewed;
import se.valedger.projection.ReadModel;

/**
 * Keeps the in-service network pre-aggregated by kind x material x installation year, so the overview
 * reads a few hundred rows whatever the size of the network. Handled sequentially (see
 * {@link AgingSequencing}): several pipes' events touch the same aggregate rows. New pipes and stock
 * changes are written when the processor batch commits ({@link AgingBatch}).
 *
 * <p>Time: rows hold installation years only; ages are computed as of the read, from the year the query names
 * ({@code FindNetworkAging}), never from the clock when an event is handled, so a rebuild equals the live rows.
 */
@Component
@ProcessingGroup(AgingProjection.GROUP)
class AgingProjection implements ReadModel {

    static final String GROUP = "network-aging";
    static final String SCHEMA = "aging";

    private final JdbcTemplate jdbc;

    AgingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @Override
    public String schema() {
        return SCHEMA;
    }

    /** One pipe's share of the stock. */
    record Stock(String networkKind, String material, int installationYear, double lengthM) {
    }

    @EventHandler
    void on(PipeRegistered event) {
        Stock stock = new Stock(event.networkKind().name(), event.material().name(), event.installationYear(),
                event.lengthM());
        AgingBatch.with(jdbc, batch -> batch.register(event.pipeId(), stock));
    }

    @EventHandler
    void on(PipeCorrected event) {
        PipeAttributes a = event.corrected();
        move(event.pipeId(),
                old -> new Stock(a.networkKind().name(), a.material().name(), a.installationYear(), a.lengthM()));
    }

    @EventHandler
    void on(PipeRenewed event) {
        move(event.pipeId(), old -> new Stock(old.networkKind(), event.material().name(), event.year(), old.lengthM()));
        jdbc.update("""
                INSERT INTO aging.renewal (network_kind, year, renewals, length_m) VALUES (?, ?, 1, ?)
                ON CONFLICT (network_kind, year) DO UPDATE
                SET renewals = renewal.renewals + 1, length_m = renewal.length_m + EXCLUDED.length_m""",
                event.networkKind().name(), event.year(), event.lengthM());
    }

    @EventHandler
    void on(PipeDecommissioned event) {
        AgingBatch.with(jdbc, batch -> batch.current(event.pipeId()).ifPresent(old -> {
            batch.count(old, -1);
            jdbc.update("DELETE FROM aging.pipe WHERE pipe_id = ?", event.pipeId());
        }));
    }

    private void move(String pipeId, UnaryOperator<Stock> change) {
        AgingBatch.with(jdbc, batch -> batch.current(pipeId).ifPresent(old -> {
            Stock updated = change.apply(old);
            batch.count(old, -1);
            batch.count(updated, 1);
            jdbc.update("""
                    UPDATE aging.pipe SET network_kind = ?, material = ?, installation_year = ?, length_m = ?
                    WHERE pipe_id = ?""",
                    updated.networkKind(), updated.material(), updated.installationYear(), updated.lengthM(), pipeId);
        }));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE aging.pipe, aging.stock, aging.renewal");
    }
}
