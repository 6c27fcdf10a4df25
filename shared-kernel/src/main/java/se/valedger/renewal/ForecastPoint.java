package se.valedger.renewal;

/** The network as a strategy leaves it after some years of applying it every year. */
public record ForecastPoint(int afterYears, int year, double meanAgeYears, double kmBeyondServiceLife,
                            double expectedBreaksPerYear) {
}
