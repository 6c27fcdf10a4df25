package se.valedger.pipe;

import java.time.LocalDate;
import se.valedger.kernel.InvalidInput;

/**
 * An inspection is dated on or after the year the pipe was laid, and not before {@value #EARLIEST_YEAR}:
 * CCTV and recorded visual inspection of sewers are 20th-century practice, so an earlier date is a typing
 * or import error (ASSUMED floor, from issue 14; not configurable). After a renewal the pipe's year is the
 * renewal's and the replaced pipe's year is not kept in its state, so only the floor applies to a renewed pipe.
 */
final class InspectionsCannotPredateThePipe {

    static final int EARLIEST_YEAR = 1850;

    private InspectionsCannotPredateThePipe() {
    }

    static void check(LocalDate date, PipeState state) {
        if (date == null) {
            return;
        }
        if (date.getYear() < EARLIEST_YEAR) {
            throw new InvalidInput("date", "inspection date " + date + " is before " + EARLIEST_YEAR);
        }
        if (state.renewedYear() == null && state.attributes() != null && date.getYear() < state.attributes().installationYear()) {
            throw new InvalidInput("date", "inspection date " + date + " is before the pipe was laid ("
                    + state.attributes().installationYear() + ")");
        }
    }
}
