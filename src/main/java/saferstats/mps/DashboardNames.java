package saferstats.mps;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import saferstats.model.Names;

/**
 * How the dashboard's group and subgroup names are compared (SPEC 1.4b): case and spaces folded, so
 * the DA-with-injury subgroup, spelled differently on its two measures, is one; and the published
 * misspelling {@code Miscalleneous} and its correction are one group.
 */
public final class DashboardNames {
  /** The category separator, as in MPS {@code Major/Minor}. */
  public static final String SEPARATOR = "/";

  private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

  private DashboardNames() {}

  /** {@code name} folded: lower case, runs of spaces as one, the group misspelling corrected. */
  public static String fold(String name) {
    // A dashboard names a few dozen groups and subgroups on tens of thousands of rows.
    return FOLDED.computeIfAbsent(
        name,
        n -> {
          String f = Names.column(n);
          return f.equals("miscalleneous") ? "miscellaneous" : f;
        });
  }

  /** The folded key of a group and subgroup. */
  public static String key(String group, String subgroup) {
    return fold(group) + SEPARATOR + fold(subgroup);
  }

  /** A priority file's {@code Group/Subgroup}, folded; null when it has no separator. */
  public static String keyOf(String category) {
    int at = category.indexOf(SEPARATOR);
    return at < 0 ? null : key(category.substring(0, at), category.substring(at + 1));
  }
}
