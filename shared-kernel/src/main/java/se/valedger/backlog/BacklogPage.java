package se.valedger.backlog;

import java.util.List;

/**
 * A page of the backlog. Counting is capped so a huge backlog still answers fast: {@code total} is exact
 * unless {@code totalCapped}, in which case there are at least that many items.
 */
public record BacklogPage(List<BacklogItem> items, int page, int size, long total, boolean totalCapped) {
}
