package se.valedger.leak;

import java.util.List;

public record LeakPage(List<LeakView> items, int page, int size, long total) {
}
