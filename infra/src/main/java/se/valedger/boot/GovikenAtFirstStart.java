package se.valedger.boot;

import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.valedger.app.EventLog;
import se.valedger.app.MessageMetadata;
import se.valedger.plant.Permit;
import se.valedger.plant.RegisterTreatmentPlant;
import se.valedger.plant.TreatmentPlantRegistered;

/**
 * Registers Göviken (plant {@code goviken}) the first time the system starts, from configurable
 * defaults. Safe on every restart and on several nodes at once: an existing plant is left alone,
 * and of two nodes racing, the event store's unique (aggregate, sequence) lets exactly one win.
 * Later permit changes go through {@code POST /api/plants/goviken/permit}, never through this.
 */
@Component
class GovikenAtFirstStart {

    static final String PLANT_ID = "goviken";
    private static final Logger log = LoggerFactory.getLogger(GovikenAtFirstStart.class);

    private final CommandGateway commands;
    private final EventLog eventLog;
    private final RegisterTreatmentPlant registration;

    GovikenAtFirstStart(CommandGateway commands, EventLog eventLog, PlantSettings plants) {
        PlantSettings.Goviken g = plants.goviken();
        this.commands = commands;
        this.eventLog = eventLog;
        this.registration = new RegisterTreatmentPlant(PLANT_ID, g.name(),
                new Permit(g.permitPe(), g.designFlowM3PerDay(), g.permitValidFrom(), g.permitReference(),
                        g.designFlowM3PerHour(), null),
                g.thresholdsPercent());
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerOnce() {
        if (exists()) {
            return;
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(registration).andMetaData(Map.of(
                    MessageMetadata.USER, "system", MessageMetadata.ROLES, "", MessageMetadata.AUTH_METHOD, "startup")));
            log.info("Registered treatment plant {} with permit {}", PLANT_ID, registration.permit());
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            log.info("Treatment plant {} was registered by another node", PLANT_ID);
        } catch (CommandExecutionException e) {
            if (!exists()) {
                throw e;
            }
        }
    }

    private boolean exists() {
        return eventLog.startedWith(PLANT_ID, TreatmentPlantRegistered.class);
    }
}
