package se.valedger.pipe;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.valedger.inspection.ConditionGrading;
import se.valedger.inspection.InspectionGrading;
import se.valedger.inspection.InspectorClassesDecide;
import se.valedger.inspection.PipeCondition;
import se.valedger.kernel.UtilityTime;

/** A stretch of pipe (ledningssträcka); its event stream is its life history. */
@Aggregate(cache = "pipeCache")
class Pipe {

    @AggregateIdentifier
    private String pipeId;
    private final Set<String> loggedInspections = new HashSet<>();
    private final Set<String> renewalKeys = new HashSet<>();

    /** Current attributes and status, folded by the same pure function the asOf view uses. */
    private PipeState state = PipeState.NONE;

    Pipe() {
        // for Axon
    }

    @CommandHandler
    Pipe(RegisterPipe command, Clock clock) {
        register(command, clock);
    }

    private static void register(RegisterPipe command, Clock clock) {
        PlausiblePipeAttributes.checkRegistration(command, clock);
        apply(new PipeRegistered(
                command.pipeId(),
                command.networkKind(),
                command.material(),
                command.diameterMm(),
                command.lengthM(),
                command.installationYear(),
                command.district(),
                command.consequenceClass() == null ? DEFAULT_CONSEQUENCE_CLASS : command.consequenceClass(),
                command.geometry(),
                command.startNode(),
                command.endNode(),
                command.assumed(),
                command.hydraulicStatus()));
    }

    @CommandHandler
    void handle(LogInspection command, Clock clock) {
        DecommissionedPipesAreClosed.check(state, "inspected");
        InspectionsMustBePlausible.check(command, clock);
        InspectionsCannotPredateThePipe.check(command.date(), state);
        String inspectionId = command.inspectionId() == null || command.inspectionId().isBlank()
                ? UUID.randomUUID().toString()
                : command.inspectionId();
        InspectionsAreLoggedOnce.check(inspectionId, command.formerIds(), loggedInspections);
        InspectionGrading grading = command.observations().isEmpty() ? null
                : ConditionGrading.grade(command.observations(), PipeRigidity.context(state.attributes()));
        PipeCondition condition = InspectorClassesDecide.decide(command.observations(), grading,
                command.structuralClass(), command.operationalClass(), grading == null ? command.grade() : null);
        int grade = command.grade() != null ? command.grade()
                : condition.worstClass() == null ? 1 : condition.worstClass();
        apply(new InspectionLogged(pipeId, inspectionId, command.date(), command.inspector().strip(),
                command.method(), grade, command.findings(), command.standard(), command.observations(), grading,
                command.structuralClass(), command.operationalClass(), condition));
    }

    @CommandHandler
    void handle(CorrectPipe command, Clock clock) {
        DecommissionedPipesAreClosed.check(state, "corrected");
        CorrectionsMustBeExplained.check(command);
        PipeAttributes corrected = command.applyTo(state.attributes());
        List<FieldChange> changes = state.attributes().changesTo(corrected);
        CorrectionsMustChangeSomething.check(changes);
        PlausiblePipeAttributes.checkAttributes(pipeId, corrected, clock);
        apply(new PipeCorrected(pipeId, changes, command.reason().strip(), corrected));
    }

    @CommandHandler
    void handle(RenewPipe command, Clock clock) {
        if (RenewalsAreRecordedOnce.alreadyRecorded(command, renewalKeys)) {
            return;
        }
        DecommissionedPipesAreClosed.check(state, "renewed");
        RenewalsMustBePlausible.check(command, state, clock);
        PipeAttributes before = state.attributes();
        int diameter = command.diameterMm() == null ? before.diameterMm() : command.diameterMm();
        apply(new PipeRenewed(pipeId, before.material(), before.installationYear(), command.material(),
                command.year(), command.method(), command.costSek(), diameter, before.networkKind(), before.lengthM(),
                RenewalsAreRecordedOnce.key(command)));
    }

    @CommandHandler
    void handle(DecommissionPipe command, Clock clock) {
        DecommissionedPipesAreClosed.check(state, "decommissioned again");
        LocalDate date = command.date() == null ? UtilityTime.today(clock) : command.date();
        DecommissioningMustBeExplained.check(command.reason(), date, state, clock);
        apply(new PipeDecommissioned(pipeId, command.reason().strip(), date));
    }

    /** Registers a new pipe or brings an existing one in line with the imported row; never fails on a repeat. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ImportOutcome handle(ImportPipe command, Clock clock) {
        if (!state.registered()) {
            // A field the file does not give is defaulted and named assumed, so no one reads the default as a fact.
            List<String> assumed = new java.util.ArrayList<>();
            if (command.material() == null) {
                assumed.add("material");
            }
            if (command.installationYear() == null) {
                assumed.add("installationYear");
            }
            register(new RegisterPipe(command.pipeId(), command.networkKind(),
                    command.material() == null ? Material.UNKNOWN : command.material(), command.diameterMm(),
                    command.lengthM(), command.installationYear() == null ? command.defaultInstallationYear()
                            : command.installationYear(), command.district(), command.consequenceClass(),
                    command.geometry(), command.startNode(), command.endNode(), assumed, command.hydraulicStatus()), clock);
            return ImportOutcome.CREATED;
        }
        PipeAttributes corrected = command.asCorrection().applyTo(state.attributes());
        List<FieldChange> changes = state.attributes().changesTo(corrected);
        if (changes.isEmpty()) {
            return ImportOutcome.UNCHANGED;
        }
        DecommissionedPipesAreClosed.check(state, "corrected");
        PlausiblePipeAttributes.checkAttributes(pipeId, corrected, clock);
        apply(new PipeCorrected(pipeId, changes, command.reason(), corrected));
        return ImportOutcome.CORRECTED;
    }

    @EventSourcingHandler
    void on(PipeRegistered event) {
        pipeId = event.pipeId();
        state = state.apply(event);
    }

    @EventSourcingHandler
    void on(PipeCorrected event) {
        state = state.apply(event);
    }

    @EventSourcingHandler
    void on(PipeRenewed event) {
        if (event.renewalKey() != null) {
            renewalKeys.add(event.renewalKey());
        }
        state = state.apply(event);
    }

    @EventSourcingHandler
    void on(PipeDecommissioned event) {
        state = state.apply(event);
    }

    @EventSourcingHandler
    void on(InspectionLogged event) {
        loggedInspections.add(event.inspectionId());
        state = state.apply(event);
    }

    /** A pipe nobody classified is treated as of middling consequence, neither ignored nor alarming. */
    static final int DEFAULT_CONSEQUENCE_CLASS = 3;
}
