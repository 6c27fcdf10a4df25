package se.valedger.renewal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The open-plan lookup as a map, for fixture tests (the JDBC one is tested in infra). */
class InMemoryOpenPlanItems implements OpenPlanItems {

    final Map<String, String> holders = new HashMap<>();

    @Override
    public Optional<String> claim(String pipeId, String planId) {
        String holder = holders.putIfAbsent(pipeId, planId);
        return holder == null || holder.equals(planId) ? Optional.empty() : Optional.of(holder);
    }

    @Override
    public void release(String pipeId, String planId) {
        holders.remove(pipeId, planId);
    }

    @Override
    public void releaseAll(String planId) {
        holders.values().removeIf(planId::equals);
    }
}
