package saferstats.analysis;

import saferstats.stats.Significance;

/**
 * One window against its comparison window, current12 against previous12 or the quarter against the
 * same quarter last year (SPEC 4.2): the deciding test ({@code exact-poisson}, or {@code
 * quasi-poisson} when the months are overdispersed) and its p, the exact test's p beside it, and
 * the dispersion that chose between them.
 */
public record SignificanceFigures(
    String test, Double p, Double exactP, Double dispersion, Significance label) {}
