package se.valedger.backlog;

import java.util.List;

public record BacklogPage(List<BacklogItem> items, int page, int size, long total) {
}
