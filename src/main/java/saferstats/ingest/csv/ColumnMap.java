package saferstats.ingest.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import saferstats.model.UserError;

/**
 * Says which columns of a local record extract (an ASB log, a council case system) hold the date,
 * the category and the place (SPEC 1.5): given inline ({@code date=Reported Date,category=Type}) or
 * as a file of {@code key=Column} lines.
 *
 * @param source where the map came from, for messages ("--columns", or the map file's path)
 */
public record ColumnMap(String source, Map<Field, String> columns) {

  /** What a column can hold. Date and category are required. */
  public enum Field {
    DATE,
    CATEGORY,
    ID,
    LSOA,
    WARD,
    LOCATION,
    LAT,
    LON,
    EASTING,
    NORTHING;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Field> of(String key) {
      return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
  }

  /** The file suffix of a column map found beside its extract in an input folder. */
  public static final String SUFFIX = ".columns";

  /** {@code --columns}: inline pairs, or the path of a map file. */
  public static ColumnMap of(String option) {
    if (option.contains("=")) {
      return parse(List.of(option.split(",")), "--columns", null);
    }
    return read(Path.of(option));
  }

  /** A map file: one {@code key=Column Name} a line; blank lines and {@code #} comments ignored. */
  public static ColumnMap read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), file);
    } catch (IOException e) {
      throw UserError.input(
          "cannot read column map " + file + ": " + e.getMessage(),
          "--columns takes date=COLUMN,category=COLUMN,… or the path of a map file");
    }
  }

  private static ColumnMap parse(List<String> entries, String source, Path file) {
    Map<Field, String> columns = new EnumMap<>(Field.class);
    int line = 0;
    for (String raw : entries) {
      line++;
      String entry = raw.replace("\uFEFF", "").strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      String where = file == null ? source : source + ", line " + line;
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw bad(where + ": '" + entry + "' is not key=Column");
      }
      String key = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String column = entry.substring(eq + 1).strip();
      Field field = Field.of(key).orElseThrow(() -> bad(where + ": unknown key '" + key + "'"));
      if (column.isEmpty()) {
        throw bad(where + ": no column named for '" + key + "'");
      }
      if (columns.put(field, column) != null) {
        throw bad(where + ": '" + key + "' is given twice");
      }
    }
    requirePair(columns, Field.LAT, Field.LON, source);
    requirePair(columns, Field.EASTING, Field.NORTHING, source);
    for (Field required : List.of(Field.DATE, Field.CATEGORY)) {
      if (!columns.containsKey(required)) {
        throw bad(source + ": the column map needs " + required.key() + "=COLUMN");
      }
    }
    return new ColumnMap(source, columns);
  }

  private static void requirePair(Map<Field, String> columns, Field a, Field b, String source) {
    if (columns.containsKey(a) != columns.containsKey(b)) {
      throw bad(source + ": " + a.key() + " and " + b.key() + " go together; give both");
    }
  }

  private static UserError bad(String message) {
    return UserError.input(
        message,
        "keys are "
            + Arrays.stream(Field.values()).map(Field::key).collect(Collectors.joining(", "))
            + " (date and category required), e.g. --columns \"date=Date Reported,category=Type,lsoa=LSOA\"");
  }

  /**
   * Column indexes of each mapped field in {@code header}; empty when a mapped column is absent.
   */
  Optional<Map<Field, Integer>> indexes(List<String> header) {
    List<String> norm = HeaderRecognizer.normalise(header);
    Map<Field, Integer> at = new EnumMap<>(Field.class);
    for (Map.Entry<Field, String> e : columns.entrySet()) {
      int i = norm.indexOf(HeaderRecognizer.normaliseName(e.getValue()));
      if (i < 0) {
        return Optional.empty();
      }
      at.put(e.getKey(), i);
    }
    return Optional.of(at);
  }

  /** The mapped columns {@code header} lacks, for the error that lists what the file has. */
  List<String> missingFrom(List<String> header) {
    List<String> norm = HeaderRecognizer.normalise(header);
    List<String> missing = new ArrayList<>();
    columns.values().stream()
        .filter(c -> !norm.contains(HeaderRecognizer.normaliseName(c)))
        .forEach(missing::add);
    return missing;
  }
}
