package se.valedger.zone;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.kernel.RuleViolated;

/**
 * A supply zone or sewer catchment: its definition, one event per meter and day carrying that day's values (a
 * correction is a new event for that day), the imports that brought them, and its yearly volumes. Its stream
 * grows by a few events a day, so it is snapshotted; its state is plain fields Jackson can write and read back.
 */
@Aggregate(snapshotTriggerDefinition = Zone.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
class Zone {

    /** The bean name of the snapshot trigger (declared in infra). */
    static final String SNAPSHOT_TRIGGER = "zoneSnapshotTrigger";

    @AggregateIdentifier
    private String zoneId;
    private ZoneKind kind;
    private List<String> meters = new ArrayList<>();
    /** Per meter, per day: the values as recorded. */
    private Map<String, Map<LocalDate, List<Double>>> days = new HashMap<>();
    /** Per year and kind ("2025/BILLED_METERED"): the volume and its source. */
    private Map<String, String> volumes = new HashMap<>();
    private Map<String, Double> volumeM3 = new HashMap<>();
    /** Night-flow signals decided, by the night they start: CONFIRMED or DISMISSED. */
    private Map<LocalDate, String> signals = new HashMap<>();

    Zone() {
        // for Axon and Jackson
    }

    @CommandHandler
    Zone(RegisterZone c) {
        PlausibleZoneFigures.check(c);
        apply(registered(c));
    }

    static ZoneRegistered registered(RegisterZone c) {
        return new ZoneRegistered(c.zoneId(), c.name().strip(), c.kind(), c.connections(), c.privateServicePipeKm(),
                c.averagePressureM(), c.nightUseLitresPerConnectionPerHour(), c.nightConsumersM3PerHour(),
                c.nightDayFactorHours(), c.connectedPersons(), c.district() == null ? null : c.district().strip(),
                c.pipeIds() == null ? null : List.copyOf(c.pipeIds()), c.polygon(), List.copyOf(c.inflowMeters()),
                c.outflowMeters() == null ? List.of() : List.copyOf(c.outflowMeters()));
    }

    @CommandHandler
    DayOutcome handle(RecordMeterDay c, Clock clock) {
        int slots = c.date() == null ? 0 : ZoneFlow.slots(c.date(), c.intervalMinutes() > 0 ? c.intervalMinutes() : 60);
        PlausibleZoneFigures.check(c, clock, slots);
        if (!meters.contains(c.meterId())) {
            throw new RuleViolated("MetersBelongToTheirZone", "meter " + c.meterId() + " is not an inflow or outflow "
                    + "meter of zone " + zoneId + " (its meters: " + String.join(", ", meters) + ")");
        }
        List<Double> recorded = days.getOrDefault(c.meterId(), Map.of()).get(c.date());
        if (recorded == null) {
            apply(new MeterDayRecorded(zoneId, c.meterId(), c.date(), c.intervalMinutes(), c.volumesM3(),
                    c.fileSha256()));
            return DayOutcome.CREATED;
        }
        if (recorded.size() != c.volumesM3().size()) {
            throw new RuleViolated("MeterIntervalsStayTheSame", "meter " + c.meterId() + " on " + c.date()
                    + " is recorded in " + recorded.size() + " intervals, the correction has " + c.volumesM3().size()
                    + "; a correction uses the same interval");
        }
        List<Double> merged = new ArrayList<>(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            merged.add(c.volumesM3().get(i) != null ? c.volumesM3().get(i) : recorded.get(i));
        }
        if (merged.equals(recorded)) {
            return DayOutcome.UNCHANGED;
        }
        String reason = c.reason() == null || c.reason().isBlank()
                ? "a second series for " + c.date() + " supersedes the first" : c.reason().strip();
        apply(new MeterDayCorrected(zoneId, c.meterId(), c.date(), c.intervalMinutes(), merged, c.fileSha256(), reason));
        return DayOutcome.CORRECTED;
    }

    @CommandHandler
    void handle(RecordMeterSeriesImport c) {
        if (!meters.contains(c.meterId())) {
            throw new RuleViolated("MetersBelongToTheirZone", "meter " + c.meterId() + " is not a meter of zone "
                    + zoneId);
        }
        if (c.fileSha256() == null || !c.fileSha256().matches("[0-9a-f]{64}")) {
            throw new se.valedger.kernel.InvalidInput("fileSha256", "a SHA-256 is 64 lower-case hex digits");
        }
        if (c.fileName() != null) {
            se.valedger.kernel.TextMustBePrintable.check("fileName", c.fileName());
            if (c.fileName().length() > 300) {
                throw new se.valedger.kernel.InvalidInput("fileName", "a file name is at most 300 characters");
            }
        }
        apply(new MeterSeriesImported(zoneId, c.meterId(), c.fileSha256(), c.fileName(), c.rowsRead(), c.days(),
                c.gaps(), c.firstDay(), c.lastDay()));
    }

    @CommandHandler
    DayOutcome handle(RecordZoneVolume c, Clock clock) {
        PlausibleZoneFigures.check(c, clock);
        if (kind != ZoneKind.SUPPLY) {
            throw new RuleViolated("VolumesBelongToSupplyZones", "zone " + zoneId + " is a " + kind
                    + "; billed and unbilled volumes belong to supply zones");
        }
        String key = c.year() + "/" + c.kind();
        String source = c.source().strip();
        Double previous = volumeM3.get(key);
        if (previous != null && previous.equals(c.m3()) && source.equals(volumes.get(key))) {
            return DayOutcome.UNCHANGED;
        }
        apply(new ZoneVolumeRecorded(zoneId, c.year(), c.kind(), c.m3(), source, previous));
        return previous == null ? DayOutcome.CREATED : DayOutcome.CORRECTED;
    }

    @CommandHandler
    void handle(ConfirmLeakSignal c) {
        undecided(c.since());
        se.valedger.kernel.IdsMustBeAddressable.check("leakId", c.leakId());
        apply(new LeakSignalConfirmed(zoneId, c.since(), c.leakId()));
    }

    @CommandHandler
    void handle(DismissLeakSignal c) {
        undecided(c.since());
        if (c.reason() == null || c.reason().isBlank()) {
            throw new se.valedger.kernel.InvalidInput("reason", "say why the signal is dismissed (a fire, a flushing, "
                    + "a meter fault ...)");
        }
        se.valedger.kernel.TextMustBePrintable.check("reason", c.reason());
        if (c.reason().length() > 500) {
            throw new se.valedger.kernel.InvalidInput("reason", "a reason is at most 500 characters");
        }
        apply(new LeakSignalDismissed(zoneId, c.since(), c.reason().strip()));
    }

    private void undecided(LocalDate since) {
        if (since == null) {
            throw new se.valedger.kernel.InvalidInput("since", "name the night the signal starts");
        }
        if (signals.containsKey(since)) {
            throw new RuleViolated("SignalsAreDecidedOnce", "the signal of zone " + zoneId + " since " + since
                    + " is already " + signals.get(since).toLowerCase(java.util.Locale.ROOT));
        }
    }

    @EventSourcingHandler
    void on(LeakSignalConfirmed e) {
        signals.put(e.since(), "CONFIRMED");
    }

    @EventSourcingHandler
    void on(LeakSignalDismissed e) {
        signals.put(e.since(), "DISMISSED");
    }

    @EventSourcingHandler
    void on(ZoneRegistered e) {
        zoneId = e.zoneId();
        kind = e.kind();
        meters = new ArrayList<>(e.inflowMeters());
        meters.addAll(e.outflowMeters());
    }

    @EventSourcingHandler
    void on(MeterDayRecorded e) {
        days.computeIfAbsent(e.meterId(), m -> new HashMap<>()).put(e.date(), new ArrayList<>(e.volumesM3()));
    }

    @EventSourcingHandler
    void on(MeterDayCorrected e) {
        days.computeIfAbsent(e.meterId(), m -> new HashMap<>()).put(e.date(), new ArrayList<>(e.volumesM3()));
    }

    @EventSourcingHandler
    void on(ZoneVolumeRecorded e) {
        String key = e.year() + "/" + e.kind();
        volumes.put(key, e.source());
        volumeM3.put(key, e.m3());
    }
}
