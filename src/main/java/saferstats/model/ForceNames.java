package saferstats.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Force names as police.uk rows spell them. Names that differ only in case or spaces ("City of
 * London police", "City of London Police") are one force, as area names are: a file edited by hand
 * or exported by another tool must neither add a second force nor escape replacement by a later
 * download of its month. The force is shown as most of its rows spell it.
 */
public final class ForceNames {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Orders names by their folded form, so that a map keyed by it finds a force by any spelling. */
  public static final Comparator<String> ORDER = Comparator.comparing(ForceNames::fold);

  /** Rows by spelling, by folded name. */
  private final Map<String, Map<String, Long>> spellings = new TreeMap<>();

  /** The name with case and runs of spaces folded: equal for every spelling of one force. */
  public static String fold(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Counts {@code rows} rows spelled {@code name}. */
  public void add(String name, long rows) {
    spellings.computeIfAbsent(fold(name), f -> new TreeMap<>()).merge(name, rows, Long::sum);
  }

  /** The spelling most rows of {@code name}'s force carry (on a tie, the first in text order). */
  public String display(String name) {
    Map<String, Long> bySpelling = spellings.get(fold(name));
    if (bySpelling == null) {
      return name;
    }
    return bySpelling.entrySet().stream()
        .max(
            Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }

  /** One note for each force spelled more than one way, saying how it is shown. */
  public List<String> notes() {
    return spellings.values().stream()
        .filter(bySpelling -> bySpelling.size() > 1)
        .map(
            bySpelling -> {
              String shown = display(bySpelling.keySet().iterator().next());
              return "The force name is spelled "
                  + bySpelling.size()
                  + " ways that differ only in case or spaces ("
                  + String.join(
                      ", ",
                      bySpelling.entrySet().stream()
                          .map(e -> "'" + e.getKey() + "' " + rows(e.getValue()))
                          .toList())
                  + "); they are one force, shown as "
                  + shown
                  + ".";
            })
        .toList();
  }

  private static String rows(long n) {
    return String.format(Locale.UK, "%,d row%s", n, n == 1 ? "" : "s");
  }
}
