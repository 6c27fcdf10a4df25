package se.valedger.workorder;

import java.time.Clock;
import java.time.LocalDate;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.TextMustBePrintable;
import se.valedger.kernel.UtilityTime;

/** An order names its pipe, kind and dates (due not before ordered); work is done by a named crew, on a day between the order and today. */
final class WorkOrdersMustBePlausible {

    private WorkOrdersMustBePlausible() {
    }

    static void check(OpenWorkOrder command) {
        if (command.workOrderId() == null || command.workOrderId().isBlank()) {
            throw new InvalidInput("workOrderId", "a work order needs an id");
        }
        if (command.pipeId() == null || command.pipeId().isBlank()) {
            throw new InvalidInput("pipeId", "a work order names its pipe");
        }
        if (command.kind() == null) {
            throw new InvalidInput("kind", "a work order has a kind");
        }
        if (command.orderedOn() == null || command.dueOn() == null || command.dueOn().isBefore(command.orderedOn())) {
            throw new InvalidInput("dueOn", "a work order is due on or after the day it was ordered");
        }
    }

    static void check(CompleteWorkOrder command, LocalDate orderedOn, Clock clock) {
        if (command.doneOn() == null) {
            throw new InvalidInput("doneOn", "the day the work was done is required (YYYY-MM-DD)");
        }
        if (command.doneOn().isAfter(UtilityTime.today(clock))) {
            throw new InvalidInput("doneOn", "work cannot be done in the future, was " + command.doneOn());
        }
        if (orderedOn != null && command.doneOn().isBefore(orderedOn)) {
            throw new InvalidInput("doneOn", "work cannot be done before it was ordered (" + orderedOn + "), was "
                    + command.doneOn());
        }
        if (command.crew() == null || command.crew().isBlank()) {
            throw new InvalidInput("crew", "name the crew that did the work");
        }
        text("crew", command.crew(), 200);
        text("notes", command.notes(), 2_000);
    }

    private static void text(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw new InvalidInput(field, field + " is at most " + max + " characters");
        }
        TextMustBePrintable.check(field, value);
    }
}
