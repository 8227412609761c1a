package saferstats.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import saferstats.ingest.Ingest;
import saferstats.ingest.IngestResult;
import saferstats.ingest.InputResolver;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;

/**
 * Tiny hand-written inputs for load's tests, read as the commands read them, and the figures a
 * loaded area reports, asked for in one place so that the tests follow load's types as they change.
 */
final class LoadInputs {
  static final String STREET_HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context";

  /** The LSOA codes of the names the tests use. */
  private static final Map<String, String> CODES =
      Map.of(
          "Testham 001A", "E01900001", "Testham 002B", "E01900002", "Otherton 001A", "E01900003");

  private LoadInputs() {}

  /**
   * Writes {@code month}'s street file of {@code force} under {@code dir}: one row per spec, "{LSOA
   * name}|{crime type}", or "|{crime type}" for a row with no location. Every row has its own Crime
   * ID, so none is a duplicate of another.
   */
  static Path street(Path dir, String month, String force, String... rows) {
    String slug = force.toLowerCase(Locale.ROOT).replace(' ', '-');
    Path file = dir.resolve(month).resolve(month + "-" + slug + "-street.csv");
    List<String> lines = new ArrayList<>(List.of(STREET_HEADER));
    for (int i = 0; i < rows.length; i++) {
      String[] spec = rows[i].split("\\|", -1);
      String lsoa = spec[0];
      String place =
          lsoa.isEmpty()
              ? ",,No Location,,"
              : "-0.100000,51.500000,On or near High Street," + CODES.get(lsoa) + "," + lsoa;
      lines.add(
          String.join(
              ",", slug + "-" + month + "-" + i, month, force, force, place, spec[1], "", ""));
    }
    return write(file, lines);
  }

  static Path write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The inputs read as a command reads them for {@code selection}. */
  static IngestResult read(Selection selection, Path... inputs) {
    List<String> args = Stream.of(inputs).map(Path::toString).toList();
    ReadOptions options =
        new ReadOptions(
            selection,
            false,
            false,
            InputResolver.columnMaps(args),
            java.time.LocalDate.of(2099, 1, 1));
    return new Ingest(options, 1).read(InputResolver.inputs(args), n -> {});
  }

  /**
   * The area's count of {@code category} in {@code month}: 0 in a month its source covers with no
   * such row, null when the month is not covered or its cell could not be counted.
   */
  static Long count(AreaContext area, String category, String month) {
    return area.counts().count(category, m(month));
  }

  /** The months with at least one row of {@code category}, in order. */
  static List<String> months(AreaContext area, String category) {
    return rowMonths(area.counts(), Set.of(category));
  }

  /** The months of {@code counts}' coverage with at least one row of {@code categories}. */
  static List<String> rowMonths(MonthlyCounts counts, Collection<String> categories) {
    ForceCoverage coverage = counts.coverage();
    return coverage.first().through(coverage.last()).stream()
        .filter(mo -> Optional.ofNullable(counts.count(categories, mo)).orElse(0L) > 0)
        .map(Month::toString)
        .toList();
  }

  /** The comparator's count of {@code category} in {@code month}. */
  static Long comparator(AreaContext area, String category, String month) {
    return comparator(area.forceCounts(), category, month);
  }

  /** A comparator's count of {@code category} in {@code month}, as {@link #count}. */
  static Long comparator(MonthlyCounts counts, String category, String month) {
    return counts.count(category, m(month));
  }

  static Month m(String month) {
    return Month.parse(month).orElseThrow();
  }

  /** The sum of {@code figure} over {@code months}, none of which may be missing. */
  static long sum(List<Month> months, Function<String, Long> figure) {
    long sum = 0;
    for (Month m : months) {
      Long n = figure.apply(m.toString());
      if (n == null) {
        throw new AssertionError("missing " + m);
      }
      sum += n;
    }
    return sum;
  }
}
