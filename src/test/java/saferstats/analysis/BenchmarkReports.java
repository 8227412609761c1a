package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/** A benchmark of the test peers, 12 months 2023-07 to 2024-06, with only the priorities given. */
public final class BenchmarkReports {
  private BenchmarkReports() {}

  /**
   * @param population the population's source and year, or null
   */
  public static BenchmarkReport of(
      String area,
      BenchmarkReport.PopulationSource population,
      BenchmarkReport.Priority... priorities) {
    return new BenchmarkReport(
        "benchmark",
        area,
        "the test peers",
        Month.of(2024, 6),
        Month.of(2023, 7),
        population,
        "test",
        List.of(),
        List.of(),
        List.of(priorities));
  }
}
