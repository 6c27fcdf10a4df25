package se.valedger.plant;

/**
 * The kind of a flow-proportional composite sample of the incoming water (NFS 2016:6 and the plant's control
 * programme): a 24-hour sample (dygnsprov) or a weekly composite (veckoprov).
 */
public enum SampleKind {
    DAILY_COMPOSITE,
    WEEKLY_COMPOSITE
}
