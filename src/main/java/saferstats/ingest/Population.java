package saferstats.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import saferstats.model.UserError;

/**
 * Resident population by area code: CSV {@code code,population[,name][,year]} (SPEC 1.6), with
 * LSOA, ward or local-authority codes such as ONS mid-year estimates.
 */
public final class Population {
  /** One area's population. */
  public record Entry(String code, long population, String name, Integer year) {}

  private final Map<String, Entry> byCode = new LinkedHashMap<>();
  private final String file;

  private Population(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public static Population read(Path path) {
    SupportFile.check(path, "--population");
    Population p = new Population(path.toString());
    try (Reader r =
        new java.io.InputStreamReader(
            BOMInputStream.builder().setInputStream(Files.newInputStream(path)).get(),
            StandardCharsets.UTF_8)) {
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreHeaderCase(true)
              .setTrim(true)
              .get();
      var parser = format.parse(r);
      if (!parser.getHeaderMap().containsKey("code")
          || !parser.getHeaderMap().containsKey("population")) {
        throw UserError.input(
            path + ", line 1: population file needs columns code,population[,name][,year]",
            "rename the columns, e.g. LSOA21CD to code");
      }
      for (CSVRecord rec : parser) {
        p.add(path, rec);
      }
    } catch (IOException e) {
      throw UserError.input(
          "cannot read " + path + ": " + e.getMessage(), "check the --population path");
    }
    return p;
  }

  private void add(Path path, CSVRecord rec) {
    String where = path + ", line " + rec.getParser().getCurrentLineNumber();
    long n;
    try {
      n = Long.parseLong(rec.get("population").replace(",", ""));
    } catch (NumberFormatException e) {
      throw UserError.input(
          where + ": population '" + rec.get("population") + "' is not a whole number",
          "give residents as a whole number");
    }
    Integer year = null;
    if (rec.isMapped("year") && !rec.get("year").isBlank()) {
      year = Integer.valueOf(rec.get("year").strip());
    }
    String name = rec.isMapped("name") ? rec.get("name") : null;
    byCode.put(rec.get("code").toUpperCase(Locale.ROOT), new Entry(rec.get("code"), n, name, year));
  }

  public Optional<Entry> byCode(String code) {
    return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
  }

  /** An entry whose name is the area's (a local authority or ward row). */
  public Optional<Entry> byName(String name) {
    return byCode.values().stream()
        .filter(e -> e.name() != null && e.name().equalsIgnoreCase(name))
        .findFirst();
  }

  public Map<String, Entry> entries() {
    return byCode;
  }
}
