package saferstats.analysis;

/** Every window of SPEC 4.1 for one priority, with the change between each pair. */
public record WindowFigures(
    WindowCount current12,
    WindowCount previous12,
    Long change,
    Double changePct,
    WindowCount quarter,
    WindowCount quarterLastYear,
    Long quarterChange,
    Double quarterChangePct,
    WindowCount fytd,
    WindowCount fytdLastYear,
    Long fytdChange,
    Double fytdChangePct) {}
