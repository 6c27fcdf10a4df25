package se.valedger.network;

import java.util.List;

public record NodePage(List<NodeView> items, long total, int page, int size) {
}
