package saferstats.analysis;

import saferstats.stats.Significance;

/**
 * One ranked place: an LSOA, a ward, or a street within an LSOA.
 *
 * @param code the LSOA or ward code; for a street, its LSOA's code
 * @param name the LSOA or ward name; for a street, the {@code Location} text as published
 * @param within for a street, its LSOA's name; else null
 * @param share percent of the ranked total, to 1 dp; cumulativeShare likewise
 * @param per1000 rate per 1,000 residents (LSOAs and wards, with {@code --population}), else null
 * @param previous count in the comparison window (current12 → previous12, quarter → same quarter
 *     last year); null when the window has none or it has missing months
 * @param changePct percentage change, withheld (null) under the small-numbers guard
 * @param p two-sided p of the exact conditional Poisson test of count against previous
 */
public record Place(
    int rank,
    String code,
    String name,
    String within,
    long count,
    double share,
    double cumulativeShare,
    Double per1000,
    Long previous,
    Double changePct,
    Double p,
    Significance significance) {}
