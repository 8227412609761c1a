package saferstats.analysis;

/**
 * How concentrated the count is over the area's LSOAs (SPEC 4.4), zeros included.
 *
 * @param units LSOAs counted: every LSOA of the area in the lookup, else those seen in the inputs
 * @param unitsSource "lookup" or "inputs" (without a lookup, LSOAs with no row at all are unknown)
 * @param gini null when the total is zero (undefined)
 * @param generalisedGini Bernasco and Steenbeek's G', only when the count is below the units
 * @param topDecileUnits how many LSOAs make the top 10 % (ceil of 10 % of units)
 * @param topDecileShare percent of the count in those LSOAs
 * @param fewestForHalf the fewest LSOAs that hold at least half the count
 */
public record ConcentrationFigures(
    int units,
    String unitsSource,
    int unitsWithCount,
    long total,
    Double gini,
    Double generalisedGini,
    int topDecileUnits,
    Double topDecileShare,
    Integer fewestForHalf) {}
