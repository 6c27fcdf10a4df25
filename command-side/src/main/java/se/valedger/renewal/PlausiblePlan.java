package se.valedger.renewal;

import java.time.Clock;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.UtilityTime;
import se.valedger.pipe.RenewalMethod;

/** Values a plan can hold at all: a year or a programme name, a positive budget, costs in kronor. */
final class PlausiblePlan {

    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEARS_AHEAD = 50;
    static final long LARGEST_AMOUNT_SEK = 1_000_000_000_000L;

    private PlausiblePlan() {
    }

    static void checkDraft(DraftRenewalPlan command, Clock clock) {
        if (command.planId() == null || command.planId().isBlank()) {
            throw new InvalidInput("id", "a plan needs an id");
        }
        boolean noProgramme = command.programme() == null || command.programme().isBlank();
        if (command.year() == null && noProgramme) {
            throw new InvalidInput("year", "a plan is for a year or a named programme; give at least one");
        }
        if (command.year() != null) {
            int now = UtilityTime.thisYear(clock);
            if (command.year() < now - 1 || command.year() > now + LATEST_YEARS_AHEAD) {
                throw new InvalidInput("year", "a plan's year is from " + (now - 1) + " to " + (now + LATEST_YEARS_AHEAD)
                        + ", was " + command.year());
            }
        }
        if (command.programme() != null && command.programme().length() > 200) {
            throw new InvalidInput("programme", "a programme name is at most 200 characters");
        }
        amount("budgetSek", command.budgetSek());
        if (command.author() == null || command.author().isBlank()) {
            throw new InvalidInput("author", "a plan needs its author");
        }
    }

    static void checkItem(String prefix, String pipeId, RenewalMethod method, Long estimatedCostSek) {
        if (pipeId == null || pipeId.isBlank()) {
            throw new InvalidInput(prefix + "pipeId", "an item names the pipe to renew");
        }
        if (method == null) {
            throw new InvalidInput(prefix + "method", "an item needs a method: RELINING, PIPE_BURSTING or OPEN_CUT_REPLACEMENT");
        }
        amount(prefix + "estimatedCostSek", estimatedCostSek);
    }

    static void checkExecution(ExecutePlanItem command, Clock clock) {
        if (command.newMaterial() == null) {
            throw new InvalidInput("newMaterial", "newMaterial is required: what the pipe is made of now");
        }
        if (command.year() == null) {
            throw new InvalidInput("year", "year is required: when the renewal was done");
        }
        int now = UtilityTime.thisYear(clock);
        if (command.year() > now || command.year() < EARLIEST_YEAR) {
            throw new InvalidInput("year", "a renewal is done between " + EARLIEST_YEAR + " and this year (" + now
                    + "), was " + command.year());
        }
        if (command.actualCostSek() != null && (command.actualCostSek() < 0 || command.actualCostSek() > LARGEST_AMOUNT_SEK)) {
            throw new InvalidInput("actualCostSek", "a cost is 0 to " + LARGEST_AMOUNT_SEK + " SEK, was " + command.actualCostSek());
        }
    }

    static void amount(String field, Long sek) {
        if (sek == null) {
            throw new InvalidInput(field, field + " is required");
        }
        if (sek <= 0 || sek > LARGEST_AMOUNT_SEK) {
            throw new InvalidInput(field, field + " is more than 0 and at most " + LARGEST_AMOUNT_SEK + " SEK, was " + sek);
        }
    }
}
