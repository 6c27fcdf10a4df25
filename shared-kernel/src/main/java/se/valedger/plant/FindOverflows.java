package se.valedger.plant;

/**
 * A plant's overflows of a calendar year per point, and the system's share of the dry-weather collected load, dry
 * days told by {@code dryWeather}; answers {@code Optional<PlantOverflows>}.
 */
public record FindOverflows(String plantId, int year, DryWeatherRule dryWeather) {

    public FindOverflows {
        if (dryWeather == null) {
            dryWeather = DryWeatherRule.defaults();
        }
    }
}
