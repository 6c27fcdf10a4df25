package se.valedger.app.zone;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import se.valedger.app.pipe.RegisterLookup;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;
import se.valedger.leak.FindLeakInterruptions;
import se.valedger.leak.LeakInterruptions;
import se.valedger.pipe.PipeSummary;
import se.valedger.zone.FindZones;
import se.valedger.zone.ZoneKind;
import se.valedger.zone.ZoneList;
import se.valedger.zone.ZoneView;

/**
 * Customers without water and supply-interruption minutes of a year, per zone (issue 20; the Swedish statistics,
 * Svenskt Vatten's VASS, ask for interruptions per year). Rule {@value #RULE}:
 * <ul>
 *   <li>each isolation step of a leak counts in the local year (Europe/Stockholm) it began, with the customers and
 *       the customers x minutes it stored ({@code LeakIsolated.interruptionCustomerMinutes});</li>
 *   <li>it belongs to the supply zone (issue 19's zones, kind SUPPLY, pipes as {@link ZonePipes} selects them:
 *       in service now) holding the leak's pipe; a pipe in no supply zone counts under its register district; a leak
 *       without a pipe, or a pipe the register does not know, under "unplaced" with the reason;</li>
 *   <li>an interruption whose supply is not yet back, or whose customers are not known, is counted as an
 *       interruption and named under {@code withoutMinutes}, never as zero minutes silently;</li>
 *   <li>a zone with {@code connections} also gets minutes per connection (customer-minutes / connections).</li>
 * </ul>
 */
@Service
public class SupplyInterruptions {

    public static final String RULE = "InterruptionsCountPerZone";

    private final QueryGateway queries;
    private final ZonePipes zonePipes;
    private final RegisterLookup register;
    private final Clock clock;

    SupplyInterruptions(QueryGateway queries, ZonePipes zonePipes, RegisterLookup register, Clock clock) {
        this.queries = queries;
        this.zonePipes = zonePipes;
        this.register = register;
        this.clock = clock;
    }

    /** One zone's, district's or the unplaced group's year. */
    public record Area(String kind, String id, String name, int interruptions, long customersWithoutWater,
                       long customerMinutes, Integer connections, Double minutesPerConnection, List<String> leakIds,
                       List<String> withoutMinutes, List<String> notes) {
    }

    public record Report(int year, List<Area> areas, int interruptions, long customersWithoutWater,
                         long customerMinutes, String rule, List<String> notes) {
    }

    public Report of(Integer year) {
        int thisYear = UtilityTime.today(clock).getYear();
        int y = year == null ? thisYear : year;
        if (y < 1900 || y > thisYear) {
            throw new InvalidInput("year", "a year from 1900 to " + thisYear + ", was " + y);
        }
        List<LeakInterruptions.Interruption> found = queries.query(new FindLeakInterruptions(y),
                LeakInterruptions.class).join().interruptions();
        List<String> notes = new ArrayList<>();
        Map<String, ZoneView> zoneOfPipe = new LinkedHashMap<>();
        if (!found.isEmpty()) {
            for (ZoneView zone : queries.query(new FindZones(ZoneKind.SUPPLY), ZoneList.class).join().zones()) {
                for (PipeSummary pipe : zonePipes.of(zone).pipes()) {
                    ZoneView before = zoneOfPipe.putIfAbsent(pipe.pipeId(), zone);
                    if (before != null) {
                        notes.add("pipe " + pipe.pipeId() + " lies in zones " + before.id() + " and " + zone.id()
                                + "; counted in " + before.id());
                    }
                }
            }
        }
        Map<String, Builder> areas = new LinkedHashMap<>();
        for (LeakInterruptions.Interruption i : found) {
            Builder area;
            ZoneView zone = i.pipeId() == null ? null : zoneOfPipe.get(i.pipeId());
            if (zone != null) {
                area = areas.computeIfAbsent("zone:" + zone.id(),
                        k -> new Builder("ZONE", zone.id(), zone.name(), zone.connections()));
            } else {
                Optional<PipeSummary> pipe = i.pipeId() == null ? Optional.empty() : register.find(i.pipeId());
                if (pipe.isPresent() && pipe.get().district() != null && !pipe.get().district().isBlank()) {
                    String district = pipe.get().district();
                    area = areas.computeIfAbsent("district:" + district,
                            k -> new Builder("DISTRICT", district, district, null));
                } else {
                    area = areas.computeIfAbsent("unplaced", k -> new Builder("UNPLACED", null, null, null));
                    area.notes.add(i.leakId() + ": " + (i.pipeId() == null ? "the leak names no pipe"
                            : pipe.isEmpty() ? "pipe " + i.pipeId() + " is not in the register"
                            : "pipe " + i.pipeId() + " has no district"));
                }
            }
            area.add(i);
        }
        List<Area> answer = areas.values().stream().map(Builder::build).toList();
        return new Report(y, answer, found.size(),
                answer.stream().mapToLong(Area::customersWithoutWater).sum(),
                answer.stream().mapToLong(Area::customerMinutes).sum(),
                RULE + ": isolation steps of leaks by the local year they began; supply zone of the leak's pipe, "
                        + "else its district; minutes = customers x minutes as stored at the isolation step",
                notes);
    }

    private static final class Builder {
        final String kind;
        final String id;
        final String name;
        final Integer connections;
        int interruptions;
        long customers;
        long minutes;
        final List<String> leakIds = new ArrayList<>();
        final List<String> withoutMinutes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Builder(String kind, String id, String name, Integer connections) {
            this.kind = kind;
            this.id = id;
            this.name = name;
            this.connections = connections;
        }

        void add(LeakInterruptions.Interruption i) {
            interruptions++;
            leakIds.add(i.leakId());
            if (i.customersWithoutWater() != null) {
                customers += i.customersWithoutWater();
            }
            if (i.customerMinutes() != null) {
                minutes += i.customerMinutes();
            } else {
                withoutMinutes.add(i.leakId() + ": " + (i.supplyRestoredAt() == null ? "supply not restored yet"
                        : "customers without water not known"));
            }
        }

        Area build() {
            Double perConnection = connections == null || connections == 0 ? null
                    : Math.round(minutes * 100.0 / connections) / 100.0;
            return new Area(kind, id, name, interruptions, customers, minutes, connections, perConnection,
                    List.copyOf(leakIds), List.copyOf(withoutMinutes), List.copyOf(notes));
        }
    }
}
