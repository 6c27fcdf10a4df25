package se.valedger.http.api.aging;

import java.time.Clock;
import java.util.Locale;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.aging.FindNetworkAging;
import se.valedger.aging.NetworkAging;
import se.valedger.app.CsvCells;
import se.valedger.app.Reads;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;

/** {@code GET /api/network/aging}: JSON, or with {@code Accept: text/csv} a spreadsheet of the same figures. */
@RestController
@RequestMapping("/api/network/aging")
class AgingController {

    static final String GROUP = "network-aging";

    private final Reads reads;
    private final QueryGateway queryGateway;
    private final Clock clock;

    AgingController(Reads reads, QueryGateway queryGateway, Clock clock) {
        this.reads = reads;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<NetworkAging> json(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) Long minPosition) {
        FindNetworkAging query = new FindNetworkAging(year(year));
        return reads.answer(GROUP, minPosition, () -> queryGateway.query(query, NetworkAging.class).join());
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Integer year,
                               @RequestParam(required = false) Long minPosition) {
        ResponseEntity<NetworkAging> answer = json(year, minPosition);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header("Content-Disposition", "attachment; filename=\"network-aging.csv\"")
                .body(csv(answer.getBody()));
    }

    private int year(Integer year) {
        int thisYear = UtilityTime.thisYear(clock);
        if (year == null) {
            return thisYear;
        }
        if (year < 1800 || year > thisYear + 100) {
            throw new InvalidInput("year", "year must be 1800 to " + (thisYear + 100) + ", was " + year);
        }
        return year;
    }

    static String csv(NetworkAging aging) {
        StringBuilder out = new StringBuilder();
        out.append("networkKind,material,decade,pipes,km,meanAgeYears,kmBeyondServiceLife,shareOfKind\r\n");
        for (NetworkAging.Row r : aging.rows()) {
            out.append(row(r.networkKind().name(), r.material().name(), Integer.toString(r.decade()),
                    Long.toString(r.pipes()), n(r.km()), n(r.meanAgeYears()), n(r.kmBeyondServiceLife()),
                    n(r.shareOfKind()))).append("\r\n");
        }
        out.append("\r\nnetworkKind,year,renewals,kmRenewed,networkKm,ratePercent,neededPercent,swedishPercent2022,"
                + "gapKmPerYear\r\n");
        for (NetworkAging.RenewalRate r : aging.renewalRates()) {
            out.append(row(r.networkKind().name(), Integer.toString(r.year()),
                    Long.toString(r.renewals()), n(r.kmRenewed()), n(r.networkKm()), n(r.ratePercent()),
                    n(r.neededPercent()), n(r.swedishPercent2022()), n(r.gapKmPerYear()))).append("\r\n");
        }
        return out.toString();
    }

    /** Every cell through the one CSV helper, so no export can carry a formula. */
    private static String row(String... cells) {
        return java.util.Arrays.stream(cells).map(CsvCells::plain).collect(java.util.stream.Collectors.joining(","));
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
