package se.valedger.aging;

import java.util.List;
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
 * {@link AgingSequencing}): several pipes' events touch the same aggregate rows.
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

    record Stock(String networkKind, String material, int installationYear, double lengthM) {
    }

    @EventHandler
    void on(PipeRegistered event) {
        Stock stock = new Stock(event.networkKind().name(), event.material().name(), event.installationYear(),
                event.lengthM());
        int inserted = jdbc.update("""
                INSERT INTO aging.pipe (pipe_id, network_kind, material, installation_year, length_m)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.pipeId(), stock.networkKind(), stock.material(), stock.installationYear(), stock.lengthM());
        if (inserted == 1) {
            add(stock, 1);
        }
    }

    @EventHandler
    void on(PipeCorrected event) {
        PipeAttributes a = event.corrected();
        move(event.pipeId(), new Stock(a.networkKind().name(), a.material().name(), a.installationYear(), a.lengthM()));
    }

    @EventHandler
    void on(PipeRenewed event) {
        move(event.pipeId(), null, event.material().name(), event.year());
        jdbc.update("""
                INSERT INTO aging.renewal (network_kind, year, renewals, length_m) VALUES (?, ?, 1, ?)
                ON CONFLICT (network_kind, year) DO UPDATE
                SET renewals = renewal.renewals + 1, length_m = renewal.length_m + EXCLUDED.length_m""",
                event.networkKind().name(), event.year(), event.lengthM());
    }

    @EventHandler
    void on(PipeDecommissioned event) {
        current(event.pipeId()).ifPresent(old -> {
            add(old, -1);
            jdbc.update("DELETE FROM aging.pipe WHERE pipe_id = ?", event.pipeId());
        });
    }

    private void move(String pipeId, Stock updated) {
        current(pipeId).ifPresent(old -> {
            add(old, -1);
            add(updated, 1);
            jdbc.update("""
                    UPDATE aging.pipe SET network_kind = ?, material = ?, installation_year = ?, length_m = ?
                    WHERE pipe_id = ?""",
                    updated.networkKind(), updated.material(), updated.installationYear(), updated.lengthM(), pipeId);
        });
    }

    private void move(String pipeId, String ignored, String material, int year) {
        current(pipeId).ifPresent(old -> move(pipeId, new Stock(old.networkKind(), material, year, old.lengthM())));
    }

    private java.util.Optional<Stock> current(String pipeId) {
        List<Stock> found = jdbc.query("""
                SELECT network_kind, material, installation_year, length_m FROM aging.pipe WHERE pipe_id = ?""",
                (rs, n) -> new Stock(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)), pipeId);
        return found.stream().findFirst();
    }

    private void add(Stock stock, int sign) {
        jdbc.update("""
                INSERT INTO aging.stock (network_kind, material, installation_year, pipes, length_m)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (network_kind, material, installation_year) DO UPDATE
                SET pipes = stock.pipes + EXCLUDED.pipes, length_m = stock.length_m + EXCLUDED.length_m""",
                stock.networkKind(), stock.material(), stock.installationYear(), sign, sign * stock.lengthM());
        if (sign < 0) {
            jdbc.update("""
                    DELETE FROM aging.stock WHERE network_kind = ? AND material = ? AND installation_year = ?
                    AND pipes <= 0""", stock.networkKind(), stock.material(), stock.installationYear());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE aging.pipe, aging.stock, aging.renewal");
    }
}
