package se.valedger.http.ui.backlog;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valedger.app.ReadYourWrites;
import se.valedger.backlog.BacklogItem;
import se.valedger.backlog.BacklogPage;
import se.valedger.backlog.BacklogSort;
import se.valedger.backlog.BacklogSource;
import se.valedger.backlog.FindBacklog;
import se.valedger.pipe.NetworkKind;

/**
 * The ranked backlog (the query of {@code GET /api/backlog}) with each item's risk explanation, and the
 * 5 x 5 risk matrix whose cells open the backlog filtered to that likelihood and consequence.
 */
@Controller
class BacklogPages {

    static final String BACKLOG = "backlog";
    static final int PAGE = 50;
    /** The matrix and a cell's list read at most this many active items (the backlog's page limit times 20). */
    static final int MATRIX_LIMIT = 10_000;

    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    BacklogPages(QueryGateway queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/backlog")
    String backlog(@RequestParam(required = false) NetworkKind networkKind,
                   @RequestParam(required = false) String district,
                   @RequestParam(required = false) BacklogSource source,
                   @RequestParam(defaultValue = "RISK") BacklogSort sort,
                   @RequestParam(required = false) Integer likelihood,
                   @RequestParam(required = false) Integer consequence,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestParam(required = false) Long minPosition, Model model) {
        boolean upToDate = readYourWrites.await(BACKLOG, minPosition);
        String d = district == null || district.isBlank() ? null : district.strip();
        int p = Math.max(page, 0);
        List<BacklogItem> items;
        long total;
        if (likelihood != null || consequence != null) {
            List<BacklogItem> cell = all(networkKind, d, source, sort).stream()
                    .filter(i -> likelihood == null || i.likelihood() == likelihood)
                    .filter(i -> consequence == null || i.consequence() == consequence).toList();
            total = cell.size();
            items = cell.subList(Math.min(p * PAGE, cell.size()), Math.min((p + 1) * PAGE, cell.size()));
        } else {
            BacklogPage result = queries.query(new FindBacklog(networkKind, d, source, null, sort, p, PAGE), BacklogPage.class).join();
            items = result.items();
            total = result.total();
        }
        model.addAttribute("items", items);
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("lastPage", (int) Math.max(0, (total - 1) / PAGE));
        model.addAttribute("networkKind", networkKind);
        model.addAttribute("district", d);
        model.addAttribute("source", source);
        model.addAttribute("sort", sort);
        model.addAttribute("likelihood", likelihood);
        model.addAttribute("consequence", consequence);
        model.addAttribute("kinds", NetworkKind.values());
        model.addAttribute("sources", BacklogSource.values());
        model.addAttribute("behind", !upToDate);
        return "backlog/backlog";
    }

    @GetMapping("/backlog/matrix")
    String matrix(@RequestParam(required = false) NetworkKind networkKind, Model model) {
        long[][] counts = new long[6][6];
        List<BacklogItem> items = all(networkKind, null, null, BacklogSort.RISK);
        items.forEach(i -> counts[clamp(i.likelihood())][clamp(i.consequence())]++);
        List<List<Long>> rows = new ArrayList<>();
        for (int l = 5; l >= 1; l--) {
            List<Long> row = new ArrayList<>();
            for (int c = 1; c <= 5; c++) {
                row.add(counts[l][c]);
            }
            rows.add(row);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("total", items.size());
        model.addAttribute("capped", items.size() >= MATRIX_LIMIT);
        model.addAttribute("networkKind", networkKind);
        model.addAttribute("kinds", NetworkKind.values());
        return "backlog/matrix";
    }

    private List<BacklogItem> all(NetworkKind kind, String district, BacklogSource source, BacklogSort sort) {
        List<BacklogItem> all = new ArrayList<>();
        int size = 500;
        for (int p = 0; all.size() < MATRIX_LIMIT; p++) {
            BacklogPage page = queries.query(new FindBacklog(kind, district, source, null, sort, p, size), BacklogPage.class).join();
            all.addAll(page.items());
            if (page.items().size() < size) {
                break;
            }
        }
        return all;
    }

    private static int clamp(int v) {
        return Math.max(1, Math.min(5, v));
    }
}
