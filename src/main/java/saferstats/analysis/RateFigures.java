package saferstats.analysis;

/**
 * Crimes per 1,000 residents over the current 12 months; {@code unjoined} counts the area's LSOAs
 * with crimes that the population file does not have (their crimes still count; their residents
 * cannot). {@code allCrimeCurrent12Per1000} is every crime of the area per 1,000 residents: above
 * {@link AreaPopulation#RESIDENT_LIMIT} residents are not the population at risk (SPEC 4.5).
 */
public record RateFigures(
    long population,
    Integer populationYear,
    Double current12Per1000,
    Double allCrimeCurrent12Per1000,
    long unjoined,
    String basis) {}
