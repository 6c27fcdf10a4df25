package se.valedger.network;

import java.util.List;

public record ValvePage(List<ValveView> items, long total, int page, int size) {
}
