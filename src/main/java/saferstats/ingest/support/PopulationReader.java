package saferstats.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import saferstats.area.Population;
import saferstats.model.UserError;

/**
 * Reads {@code --population} (SPEC 1.6): CSV {@code code,population[,name][,year]}, or an ONS
 * mid-year estimates table as published, recognised by its headers — a code column such as {@code
 * LSOA11CD}, {@code LSOA21CD}, {@code WD23CD} or {@code LAD22CD} and an all-ages column such as
 * {@code Persons_All-Ages}, {@code All Ages} or {@code Total}; plain or gzipped. The year comes
 * from a year column, else {@code --population-year}, else it is unknown (null).
 */
public final class PopulationReader {
  /** Code columns, finest geography first: an ONS table names LSOAs beside their authority. */
  private static final List<String> CODE_PREFIXES = List.of("lsoa", "msoa", "wd", "lad", "ctyua");

  private static final Pattern ONS_CODE = Pattern.compile("(lsoa|msoa|wd|lad|ctyua)\\d\\dcd");
  private final Map<String, Population.Entry> byCode = new LinkedHashMap<>();

  /** Each code's line, to name both rows when the code comes again. */
  private final Map<String, Long> lineOf = new HashMap<>();

  /** Codes listed again with the same figures, with the lines of their first two rows. */
  private final Map<String, String> repeated = new LinkedHashMap<>();

  private PopulationReader() {}

  /** The columns a population file is read by (indexes into its header). */
  private record Columns(int code, int population, int name, int year) {}

  public static Population read(Path path) {
    return read(path, null);
  }

  /** Reads the file; {@code yearOption} ({@code --population-year}) stands in for a year column. */
  public static Population read(Path path, Integer yearOption) {
    SupportFile.check(path, "--population");
    PopulationReader p = new PopulationReader();
    try (InputStream in = SupportFile.open(path);
        Reader r =
            new InputStreamReader(
                BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowDuplicateHeaderNames(true)
                .setAllowMissingColumnNames(true)
                .setTrim(true)
                .get()
                .parse(r)) {
      Columns c = columns(parser.getHeaderNames(), path);
      for (CSVRecord rec : parser) {
        p.add(path, rec, c, yearOption);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw UserError.input(
          "cannot read " + path + ": " + e.getMessage(), "check the --population path");
    }
    return new Population(path.toString(), p.byCode, p.repeated);
  }

  static Columns columns(List<String> header, Path path) {
    List<String> norm = header.stream().map(PopulationReader::normalise).toList();
    int code = norm.indexOf("code");
    String prefix = null;
    for (int i = 0; code < 0 && i < CODE_PREFIXES.size(); i++) {
      for (int j = 0; j < norm.size(); j++) {
        Matcher m = ONS_CODE.matcher(norm.get(j));
        if (m.matches() && m.group(1).equals(CODE_PREFIXES.get(i))) {
          code = j;
          prefix = norm.get(j).substring(0, norm.get(j).length() - 2);
          break;
        }
      }
    }
    int population = -1;
    for (String name : List.of("population", "personsallages", "allages", "total")) {
      if (population < 0) {
        population = norm.indexOf(name);
      }
    }
    if (code < 0 || population < 0) {
      throw UserError.input(
          path
              + ", line 1: population file needs an area code column and an all-ages column; its"
              + " header is "
              + String.join(",", header),
          "give columns code,population[,name][,year], or an ONS mid-year estimates table with"
              + " e.g. LSOA11CD and Persons_All-Ages (or All Ages, Total)");
    }
    int name = prefix == null ? norm.indexOf("name") : norm.indexOf(prefix + "nm");
    return new Columns(code, population, name, norm.indexOf("year"));
  }

  private static String normalise(String h) {
    return h.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private void add(Path path, CSVRecord rec, Columns c, Integer yearOption) {
    long line = rec.getParser().getCurrentLineNumber();
    String where = path + ", line " + line;
    String code = cell(rec, c.code());
    if (code == null) {
      return; // a blank or short line, such as a table's trailing notes
    }
    String raw = cell(rec, c.population());
    long n;
    try {
      n = Long.parseLong(raw == null ? "" : raw.replace(",", ""));
    } catch (NumberFormatException e) {
      throw UserError.input(
          where + ": population '" + (raw == null ? "" : raw) + "' is not a whole number",
          "give residents as a whole number");
    }
    Integer year = yearOption;
    String y = cell(rec, c.year());
    if (y != null) {
      try {
        year = Integer.valueOf(y.strip());
      } catch (NumberFormatException e) {
        throw UserError.input(
            where + ": year '" + y + "' is not a year", "give the estimate's year, e.g. 2020");
      }
    }
    Population.Entry entry = new Population.Entry(code, n, cell(rec, c.name()), year);
    String key = code.toUpperCase(Locale.ROOT);
    Population.Entry earlier = byCode.putIfAbsent(key, entry);
    if (earlier == null) {
      lineOf.put(key, line);
    } else {
      repeat(path, earlier, entry, lineOf.get(key), line);
    }
  }

  /**
   * A code listed again: the same figures are the same area (a table pasted twice), kept once and
   * said; other figures would make the area's residents depend on row order, so they are refused.
   */
  private void repeat(
      Path path, Population.Entry earlier, Population.Entry again, long firstLine, long line) {
    String lines = "lines " + firstLine + " and " + line;
    if (earlier.population() == again.population()
        && Objects.equals(earlier.year(), again.year())) {
      repeated.putIfAbsent(earlier.code(), lines);
      return;
    }
    String figures =
        Objects.equals(earlier.year(), again.year())
            ? String.format(
                Locale.UK, "%,d and %,d residents", earlier.population(), again.population())
            : String.format(
                Locale.UK,
                "%,d residents for %s and %,d for %s",
                earlier.population(),
                earlier.year(),
                again.population(),
                again.year());
    throw UserError.input(
        path + ", " + lines + ": area code " + earlier.code() + " is listed twice, with " + figures,
        "keep one row per area code: delete the row that is wrong (or the other year's estimate)");
  }

  private static String cell(CSVRecord rec, int i) {
    if (i < 0 || i >= rec.size() || rec.get(i).isBlank()) {
      return null;
    }
    return rec.get(i);
  }
}
