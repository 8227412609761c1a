package saferstats.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the names present that are closest to what the user typed. */
public final class ClosestNames {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private ClosestNames() {}

  public static List<String> to(String typed, Collection<String> present, int max) {
    String t = typed.toLowerCase(Locale.ROOT);
    return present.stream()
        .sorted(Comparator.comparingInt((String p) -> score(t, p)).thenComparing(p -> p))
        .limit(max)
        .toList();
  }

  private static int score(String typed, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    // A name containing what was typed ("harr" in "Harrow") beats any edit distance.
    return n.contains(typed) || typed.contains(n) ? -1 : DISTANCE.apply(typed, n);
  }
}
