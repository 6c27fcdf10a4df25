package se.valedger.pipe;

import java.util.List;

public record PipePage(List<PipeSummary> items, int page, int size, long total) {
}
