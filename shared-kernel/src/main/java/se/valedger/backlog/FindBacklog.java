package se.valedger.backlog;

import se.valedger.pipe.NetworkKind;

/** A page of the maintenance backlog; null filters match all, a null status means OPEN and SCHEDULED. */
public record FindBacklog(NetworkKind networkKind, String district, BacklogSource source, BacklogStatus status,
                          BacklogSort sort, int page, int size) {
}
