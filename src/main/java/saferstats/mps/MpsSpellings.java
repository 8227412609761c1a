package saferstats.mps;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import saferstats.model.Names;

/**
 * The spellings one MPS table gives each borough ("Harrow" on some rows, "HARROW" on others), the
 * one name it is read under, and the note saying so: borough names match as area names do, case and
 * spaces folded, so the rows of every spelling are one borough.
 */
public final class MpsSpellings {
  /**
   * The name a borough is read under: a spelling in mixed case as the tables publish names (not one
   * upper- or lower-cased), then the spelling on most rows, then the first met.
   */
  private static final Comparator<Map.Entry<String, Integer>> PREFERRED =
      Comparator.comparing((Map.Entry<String, Integer> e) -> !mixedCase(e.getKey()))
          .thenComparing(e -> -e.getValue());

  /** Rows per spelling, by the folded name; both in the order first met. */
  private final Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();

  public void add(String borough) {
    rows.computeIfAbsent(Names.fold(borough), k -> new LinkedHashMap<>())
        .merge(borough, 1, Integer::sum);
  }

  /** The spelling {@code borough} is read under (itself when no other spelling was met). */
  public String chosen(String borough) {
    Map<String, Integer> spellings = rows.get(Names.fold(borough));
    return spellings == null ? borough : ranked(spellings).get(0).getKey();
  }

  /** One note per borough spelled more than one way in {@code file}. */
  public List<String> notes(String file) {
    return rows.values().stream()
        .filter(spellings -> spellings.size() > 1)
        .map(spellings -> note(file, ranked(spellings)))
        .toList();
  }

  private static String note(String file, List<Map.Entry<String, Integer>> ranked) {
    return "borough spelled "
        + ways(ranked.size())
        + " ways in "
        + file
        + ": "
        + ranked.stream()
            .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " row)" : " rows)"))
            .collect(Collectors.joining(", "))
        + " — read as one, "
        + ranked.get(0).getKey()
        + ".";
  }

  private static List<Map.Entry<String, Integer>> ranked(Map<String, Integer> spellings) {
    // A stable sort: among equals, the spelling met first stays first.
    return spellings.entrySet().stream().sorted(PREFERRED).toList();
  }

  private static String ways(int n) {
    return n == 2 ? "two" : n == 3 ? "three" : String.valueOf(n);
  }

  private static boolean mixedCase(String s) {
    return !s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
  }
}
