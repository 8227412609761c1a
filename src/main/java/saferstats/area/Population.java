package saferstats.area;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resident population by area code (SPEC 1.6), from {@code --population}; an entry's year is null
 * where the file and {@code --population-year} give none.
 */
public final class Population {
  /** One area's population. */
  public record Entry(String code, long population, String name, Integer year) {}

  private static final Pattern FILE_YEAR = Pattern.compile("mid-?(\\d{4})");

  private final Map<String, Entry> byCode;

  /** Codes listed again with the same figures, with the lines of their first two rows. */
  private final Map<String, String> repeated;

  private final String file;

  /**
   * The table read from {@code file}: entries by upper-case code, in file order, and the codes it
   * listed twice with the same figures (with the lines of their first two rows).
   */
  public Population(String file, Map<String, Entry> byCode, Map<String, String> repeated) {
    this.file = file;
    this.byCode = byCode;
    this.repeated = repeated;
  }

  public String file() {
    return file;
  }

  /**
   * What a reader of the rates should know about how the file was read: codes it listed twice with
   * the same figures (counted once).
   */
  public List<String> notes() {
    if (repeated.isEmpty()) {
      return List.of();
    }
    int n = repeated.size();
    String examples =
        repeated.entrySet().stream()
            .limit(3)
            .map(e -> e.getKey() + ", " + e.getValue())
            .collect(Collectors.joining("; "));
    return List.of(
        n
            + (n == 1 ? " area code is" : " area codes are")
            + " listed twice in "
            + file
            + " with the same figures ("
            + examples
            + (n > 3 ? "; …" : "")
            + "): each is counted once.");
  }

  /** The year the file's name suggests ("mid2020"), said as a hint only, never used as the year. */
  public Optional<Integer> yearInFileName() {
    Matcher m = FILE_YEAR.matcher(Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT));
    return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
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
