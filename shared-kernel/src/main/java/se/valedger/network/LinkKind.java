package se.valedger.network;

/** Network links that are not pipes of the register: a model's pumps and control valves (EPANET [PUMPS], [VALVES]). */
public enum LinkKind {
    PUMP, CONTROL_VALVE
}
