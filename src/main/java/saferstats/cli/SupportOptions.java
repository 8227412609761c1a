package saferstats.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import saferstats.analysis.AreaContext;
import saferstats.analysis.AreaPopulation;
import saferstats.ingest.Population;

/** Supporting tables: --population. */
public final class SupportOptions {
  @Option(
      names = "--population",
      paramLabel = "FILE",
      description =
          "Residents by area: CSV code,population[,name][,year] (ONS mid-year estimates by LSOA, ward"
              + " or local authority). Adds rates per 1,000 residents.")
  Path population;

  /** The area's population, or null when no --population was given. */
  AreaPopulation population(AreaContext area, String areaName) {
    return population == null
        ? null
        : AreaPopulation.of(Population.read(population), area, areaName);
  }
}
