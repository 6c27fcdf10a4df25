package se.valedger.backlog;

import java.time.LocalDate;
import se.valedger.pipe.NetworkKind;

/**
 * A page of the maintenance backlog; null filters match all, a null status means OPEN and SCHEDULED. {@code asOf}
 * scores the items as of that date (null: the utility's today).
 */
public record FindBacklog(NetworkKind networkKind, String district, BacklogSource source, BacklogStatus status,
                          BacklogSort sort, int page, int size, LocalDate asOf) {

    public FindBacklog(NetworkKind networkKind, String district, BacklogSource source, BacklogStatus status,
                       BacklogSort sort, int page, int size) {
        this(networkKind, district, source, status, sort, page, size, null);
    }
}
