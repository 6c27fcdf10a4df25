package se.valedger.plant;

/** Where untreated or partly treated wastewater can leave the system (NFS 2016:6, miljörapport NFS 2016:8). */
public enum OverflowPointType {
    /** An overflow structure on the sewer network (bräddavlopp på ledningsnätet). */
    NETWORK_OVERFLOW,
    /** An emergency overflow of a pumping station. */
    PUMPING_STATION,
    /** The plant's inlet overflow (bräddning vid verkets inlopp). */
    PLANT_INLET,
    /** A partial bypass of a treatment step (förbigång av ett reningssteg). */
    PARTIAL_BYPASS
}
