package se.valedger.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.test.context.TestComponent;
import se.valedger.pipe.InspectionLogged;

/** A test projection with a bug: it throws on inspections whose findings start with POISON until fixed. */
@TestComponent
@ProcessingGroup(PoisonProbe.GROUP)
class PoisonProbe {

    static final String GROUP = "poison-probe";
    static volatile boolean broken = true;
    static final List<String> handled = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(InspectionLogged event) {
        if (broken && event.findings() != null && event.findings().startsWith("POISON")) {
            throw new IllegalStateException("cannot handle " + event.findings());
        }
        handled.add(event.findings());
    }
}
