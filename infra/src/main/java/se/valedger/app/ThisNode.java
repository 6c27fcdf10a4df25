package se.valedger.app;

import java.lang.management.ManagementFactory;

/** This running instance among the nodes sharing one database: its id is the JVM's pid@host. */
public final class ThisNode {

    public static final String ID = ManagementFactory.getRuntimeMXBean().getName();

    private ThisNode() {
    }
}
