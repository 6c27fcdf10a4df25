package se.valedger.aging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.ServiceLife;

@Component
class AgingQueries {

    private final JdbcTemplate jdbc;
    private final ServiceLife serviceLife;

    AgingQueries(JdbcTemplate jdbc, Environment environment) {
        this.jdbc = jdbc;
        Map<Material, Integer> overrides = new EnumMap<>(Material.class);
        for (Material material : Material.values()) {
            // valedger.service-life.vitrified-clay (env VALEDGER_SERVICELIFE_VITRIFIEDCLAY) or ....VITRIFIED_CLAY
            String dashed = material.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Integer years = environment.getProperty("valedger.service-life." + dashed, Integer.class,
                    environment.getProperty("valedger.service-life." + material.name(), Integer.class));
            if (years != null) {
                overrides.put(material, years);
            }
        }
        this.serviceLife = ServiceLife.defaults().with(overrides);
    }

    record Stock(NetworkKind kind, Material material, int installationYear, long pipes, double lengthM) {
    }

    /** Sums for one row or total while reading the stock. */
    private static final class Sum {
        long pipes;
        double metres;
        double yearsTimesPipes;
        double metresBeyond;

        void add(Stock s, boolean beyond, int year) {
            pipes += s.pipes();
            metres += s.lengthM();
            yearsTimesPipes += (double) (year - s.installationYear()) * s.pipes();
            if (beyond) {
                metresBeyond += s.lengthM();
            }
        }

        double meanAge() {
            return pipes == 0 ? 0 : yearsTimesPipes / pipes;
        }
    }

    @QueryHandler
    NetworkAging handle(FindNetworkAging query) {
        int year = query.year();
        List<Stock> stock = jdbc.query("""
                SELECT network_kind, material, installation_year, pipes, length_m FROM aging.stock WHERE pipes > 0""",
                (rs, n) -> new Stock(NetworkKind.valueOf(rs.getString(1)), Material.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getLong(4), rs.getDouble(5)));
        record Key(NetworkKind kind, Material material, int decade) implements Comparable<Key> {
            public int compareTo(Key o) {
                int c = kind.compareTo(o.kind);
                c = c != 0 ? c : material.compareTo(o.material);
                return c != 0 ? c : Integer.compare(decade, o.decade);
            }
        }
        Map<Key, Sum> rows = new TreeMap<>();
        Map<NetworkKind, Sum> kinds = new EnumMap<>(NetworkKind.class);
        for (Stock s : stock) {
            boolean beyond = serviceLife.beyond(s.material(), s.installationYear(), year);
            rows.computeIfAbsent(new Key(s.kind(), s.material(), Math.floorDiv(s.installationYear(), 10) * 10),
                    k -> new Sum()).add(s, beyond, year);
            kinds.computeIfAbsent(s.kind(), k -> new Sum()).add(s, beyond, year);
        }
        List<NetworkAging.Row> rowList = new ArrayList<>();
        rows.forEach((key, sum) -> rowList.add(new NetworkAging.Row(key.kind(), key.material(), key.decade(), sum.pipes,
                sum.metres / 1000, sum.meanAge(), sum.metresBeyond / 1000, sum.metres / kinds.get(key.kind()).metres)));
        List<NetworkAging.KindTotal> totals = new ArrayList<>();
        kinds.forEach((kind, sum) -> totals.add(new NetworkAging.KindTotal(kind, sum.pipes, sum.metres / 1000,
                sum.meanAge(), sum.metresBeyond / 1000, sum.metres == 0 ? 0 : sum.metresBeyond / sum.metres)));
        return new NetworkAging(year, rowList, totals, renewalRates(kinds, year), serviceLife.expectedYears());
    }

    private List<NetworkAging.RenewalRate> renewalRates(Map<NetworkKind, Sum> kinds, int year) {
        record Renewed(long renewals, double metres) {
        }
        Map<NetworkKind, Map<Integer, Renewed>> renewed = new EnumMap<>(NetworkKind.class);
        jdbc.query("SELECT network_kind, year, renewals, length_m FROM aging.renewal", rs -> {
            renewed.computeIfAbsent(NetworkKind.valueOf(rs.getString(1)), k -> new TreeMap<>())
                    .put(rs.getInt(2), new Renewed(rs.getLong(3), rs.getDouble(4)));
        });
        List<NetworkAging.RenewalRate> rates = new ArrayList<>();
        for (NetworkKind kind : NetworkKind.values()) {
            double networkKm = kinds.containsKey(kind) ? kinds.get(kind).metres / 1000 : 0;
            Map<Integer, Renewed> byYear = renewed.getOrDefault(kind, Map.of());
            if (networkKm == 0 && byYear.isEmpty()) {
                continue;
            }
            TreeSet<Integer> years = new TreeSet<>(byYear.keySet());
            years.add(year);
            for (int y : years) {
                Renewed r = byYear.getOrDefault(y, new Renewed(0, 0));
                double km = r.metres() / 1000;
                double neededKm = networkKm * RenewalBenchmarks.NEEDED_PERCENT_PER_YEAR / 100;
                rates.add(new NetworkAging.RenewalRate(kind, y, r.renewals(), km, networkKm,
                        networkKm == 0 ? 0 : 100 * km / networkKm, RenewalBenchmarks.NEEDED_PERCENT_PER_YEAR,
                        RenewalBenchmarks.swedishPercent2022(kind), Math.max(0, neededKm - km)));
            }
        }
        return rates;
    }
}
